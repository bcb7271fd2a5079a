"""Deterministic weight initialisation used by the gradient check (ex4)."""
import numpy as np


def debug_initialize_weights(fan_out: int, fan_in: int) -> np.ndarray:
    """Return a (fan_out, 1 + fan_in) matrix filled with sin(1), sin(2), ... / 10.

    MATLAB fills matrices column by column, so the values are laid out in
    Fortran (column-major) order to give exactly the same matrix.

    Args:
        fan_out: number of units in the next layer.
        fan_in: number of incoming connections (without the bias unit).

    Returns:
        The weight matrix, bias weights in the first column.
    """
    shape = (fan_out, 1 + fan_in)
    n_elements = shape[0] * shape[1]
    values = np.sin(np.arange(1, n_elements + 1))
    W = values.reshape(shape, order="F") / 10
    return W
