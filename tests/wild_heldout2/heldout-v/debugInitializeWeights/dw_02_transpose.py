import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    """Deterministic fan_out x (1 + fan_in) weights, filled column by column
    with sin(1), sin(2), ... / 10 like the Octave version."""
    n = fan_out * (1 + fan_in)
    w = np.sin(np.arange(1, n + 1)) / 10
    # matlab fills columns first: build the transpose row-wise then flip it
    return w.reshape(1 + fan_in, fan_out).T
