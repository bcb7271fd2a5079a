import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Deterministic weights for gradient checking.

    Returns a (fan_out, 1 + fan_in) matrix filled column by column with
    sin(1), sin(2), ..., divided by 10 (MATLAB's reshape is column-major).
    """
    shape = (fan_out, 1 + fan_in)
    values = np.sin(np.arange(1, fan_out * (1 + fan_in) + 1))
    return values.reshape(shape, order="F") / 10
