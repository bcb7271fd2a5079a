import numpy as np


def compute_cost(X, y, theta):
    """Half mean squared error of the linear model X.theta."""
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2.0 * m)
