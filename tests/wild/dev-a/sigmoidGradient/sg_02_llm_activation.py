import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Compute the logistic sigmoid element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Return the derivative of the sigmoid function.

    The derivative of the sigmoid can be expressed in terms of the sigmoid
    itself: sigma'(z) = sigma(z) * (1 - sigma(z)).

    Args:
        z: Input array (any shape).

    Returns:
        Array of the same shape as ``z`` with the element-wise gradient.
    """
    z = np.asarray(z, dtype=float)
    return z * (1.0 - z)
