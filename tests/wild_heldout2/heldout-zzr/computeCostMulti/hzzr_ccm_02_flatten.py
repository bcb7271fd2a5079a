import numpy as np


def compute_cost_multi(X, y, theta):
    """Cost for linear regression with multiple variables."""
    m = X.shape[1]  # number of training examples
    y = y.flatten()

    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m)
    return J
