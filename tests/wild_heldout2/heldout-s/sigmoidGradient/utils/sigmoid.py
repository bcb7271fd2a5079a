import numpy as np


def sigmoid(z):
    """Compute sigmoid of z (scalar, vector or matrix)."""
    return 1 / (1 + np.exp(-z))
