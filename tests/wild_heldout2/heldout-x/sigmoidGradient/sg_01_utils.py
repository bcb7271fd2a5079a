import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    """Gradient of the sigmoid evaluated at z (scalar, vector or matrix)."""
    z = np.asarray(z, dtype=float)
    s = sigmoid(z)
    return s * (1 - s)
