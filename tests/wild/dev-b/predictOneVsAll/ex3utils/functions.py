import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def add_intercept(X):
    """Prepend a column of ones to the (m, n) matrix X."""
    X = np.asarray(X, dtype=float)
    return np.hstack([np.ones((X.shape[0], 1)), X])
