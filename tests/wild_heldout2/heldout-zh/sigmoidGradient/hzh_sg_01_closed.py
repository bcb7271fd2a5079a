import numpy as np


def sigmoid_gradient(z):
    """Derivative of the sigmoid function evaluated at z.

    Uses the closed form  g'(z) = e^{-z} / (1 + e^{-z})^2, which is
    mathematically identical to sigmoid(z) * (1 - sigmoid(z)) but needs a
    single exponential.

    Args:
        z: scalar, vector or matrix.

    Returns:
        Array of the same shape as z.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-z)
    return e / (1.0 + e) ** 2
