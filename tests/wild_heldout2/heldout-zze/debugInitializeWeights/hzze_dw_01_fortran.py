import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Deterministic weights of shape (fan_out, 1 + fan_in) for gradient checking.

    MATLAB fills the matrix column by column with sin(1), sin(2), ..., so the
    reshape has to use Fortran order and the sequence has to start at 1.
    """
    W = np.zeros((fan_out, 1 + fan_in))
    values = np.sin(np.arange(1, W.size + 1))
    W = values.reshape(W.shape, order="F") / 10
    return W
