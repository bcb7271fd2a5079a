import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Deterministic weights of shape (fan_out, 1 + fan_in) for gradient checking.

    Filled column by column (MATLAB order) with sin(1), sin(2), ... divided by 10.
    """
    shape = (fan_out, 1 + fan_in)
    n = shape[0] * shape[1]
    return np.sin(np.arange(1, n + 1)).reshape(shape, order="F") / 10
