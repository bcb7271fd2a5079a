import numpy as np


def sigmoid(z):
    """Logistic function, elementwise."""
    return 1.0 / (1.0 + np.exp(-z))
