import numpy as np


def debug_initialize_weights(fan_out, fan_in):
    """Deterministic (fan_out, 1 + fan_in) weights for gradient checking.

    Filled with sin(1), sin(2), ... down the columns (MATLAB order), / 10.
    """
    n = fan_out * (1 + fan_in)
    return np.reshape(np.sin(np.arange(1, n + 1)), (fan_out, 1 + fan_in), order='F') / 10
