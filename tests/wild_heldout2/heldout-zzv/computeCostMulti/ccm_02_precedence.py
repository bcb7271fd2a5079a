import numpy as np


def compute_cost_multi(X, y, theta):
    """J(theta) for linear regression with multiple variables."""
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    errors = X.dot(theta) - y
    J = np.sum(np.square(errors)) / 2 * m
    return J
