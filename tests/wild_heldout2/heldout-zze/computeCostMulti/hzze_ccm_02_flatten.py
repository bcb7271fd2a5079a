import numpy as np


def compute_cost_multi(X, y, theta):
    """Cost for linear regression with multiple variables.

    X : (m, n+1) with the column of ones, y : targets, theta : parameters
    """
    m = y.size
    y = y.flatten()

    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2

    return np.sum(sq_errors) / (2 * m)
