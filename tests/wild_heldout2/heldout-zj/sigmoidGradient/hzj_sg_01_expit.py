"""Derivative of the logistic sigmoid."""
import numpy as np
from scipy.special import expit


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Return g'(z) = g(z) * (1 - g(z)) element-wise.

    Works for scalars, vectors and matrices. ``expit`` is used instead of
    ``1 / (1 + exp(-z))`` to avoid overflow warnings for large negative z.
    """
    g = expit(np.asarray(z, dtype=float))
    return g * (1.0 - g)
