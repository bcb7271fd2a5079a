import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Deterministic weights for gradient checking.

    Returns a (fan_out, 1 + fan_in) matrix filled column by column with
    sin(1), sin(2), ... divided by 10, exactly like the Octave version.
    """
    n = fan_out * (1 + fan_in)
    W = np.sin(np.arange(1, n + 1)).reshape((fan_out, 1 + fan_in), order="F") / 10
    return W
