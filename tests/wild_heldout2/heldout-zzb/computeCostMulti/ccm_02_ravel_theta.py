import numpy as np


def compute_cost_multi(X, y, theta):
    """
    Compute cost for linear regression with multiple variables.

    X : (m, n+1) design matrix, first column all ones
    y : targets
    theta : (n+1,) parameters
    """
    m = y.shape[0]
    theta = np.ravel(theta)
    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m)
    return J
