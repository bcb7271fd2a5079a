import numpy as np
from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    """Gradient of the sigmoid function evaluated at z (scalar, vector or matrix)."""
    g = np.multiply(sigmoid(z), 1 - sigmoid(z))
    return g
