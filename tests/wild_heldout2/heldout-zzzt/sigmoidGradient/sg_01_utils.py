import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    """Gradient of the sigmoid function evaluated at z (scalar, vector or matrix)."""
    g = sigmoid(np.asarray(z, dtype=float))
    return g * (1 - g)
