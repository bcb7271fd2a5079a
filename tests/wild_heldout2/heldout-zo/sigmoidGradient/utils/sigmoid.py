import numpy as np


def sigmoid(z):
    """Compute sigmoid function"""
    z = np.asarray(z, dtype=float)
    return 1.0 / (1.0 + np.exp(-z))
