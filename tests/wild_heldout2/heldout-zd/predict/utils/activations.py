import numpy as np


def sigmoid(z):
    """Logistic function, works elementwise on arrays."""
    return 1 / (1 + np.exp(-z))
