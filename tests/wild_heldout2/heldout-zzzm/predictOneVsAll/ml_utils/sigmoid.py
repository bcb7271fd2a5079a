import numpy as np


def sigmoid(z):
    """Logistic function, works on scalars and arrays."""
    return 1.0 / (1.0 + np.exp(-z))
