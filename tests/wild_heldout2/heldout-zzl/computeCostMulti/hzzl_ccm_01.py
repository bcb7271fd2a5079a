import numpy as np


def computeCostMulti(X, y, theta):
    """Compute cost for linear regression with multiple variables."""
    m = len(y)  # number of training examples

    theta = np.asarray(theta, dtype=float).reshape(-1, 1)
    y = np.asarray(y, dtype=float).reshape(-1, 1)

    error = np.dot(X, theta) - y
    J = (1 / (2 * m)) * np.dot(error.T, error)

    return J[0, 0]
