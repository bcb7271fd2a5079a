import numpy as np


def sigmoid(z):
    """Logistic function, element-wise."""
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
