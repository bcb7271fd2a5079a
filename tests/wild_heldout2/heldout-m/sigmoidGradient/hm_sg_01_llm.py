import numpy as np
from numpy.typing import ArrayLike


def sigmoid_gradient(z: ArrayLike) -> np.ndarray:
    """Derivative of the logistic sigmoid evaluated at ``z``.

    Uses the closed form d/dz 1/(1+e^{-z}) = e^{-z} / (1+e^{-z})^2,
    which avoids evaluating the sigmoid twice.

    Args:
        z: scalar, vector or matrix of pre-activations.

    Returns:
        Array of the same shape as ``z``.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-z)
    return e / (1.0 + e) ** 2
