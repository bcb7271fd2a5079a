import numpy as np


def sigmoid(z):
    """Compute sigmoid function element-wise."""
    return 1.0 / (1.0 + np.exp(-z))
