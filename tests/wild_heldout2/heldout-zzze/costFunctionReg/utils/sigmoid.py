import numpy as np


def sigmoid(z):
    """Element-wise logistic function."""
    return 1 / (1 + np.exp(-z))
