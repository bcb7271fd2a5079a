import numpy as np


def sigmoid(z):
    """Logistic function, works on scalars and arrays."""
    z = np.asarray(z, dtype=float)
    return 1.0 / (1.0 + np.exp(-z))
