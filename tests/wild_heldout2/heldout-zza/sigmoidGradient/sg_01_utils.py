import numpy as np

from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    """Returns the gradient of the sigmoid function evaluated at z.
    Works for a scalar, a vector or a matrix (element-wise)."""
    z = np.asarray(z, dtype=float)
    g = sigmoid(z)
    return g * (1 - g)
