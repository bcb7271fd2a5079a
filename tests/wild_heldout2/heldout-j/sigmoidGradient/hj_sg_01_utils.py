import numpy as np

from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    """Gradient of the sigmoid evaluated at z (scalar, vector or matrix)."""
    g = np.zeros(np.shape(z))
    s = sigmoid(np.asarray(z, dtype=float))
    g = s * (1 - s)
    return g
