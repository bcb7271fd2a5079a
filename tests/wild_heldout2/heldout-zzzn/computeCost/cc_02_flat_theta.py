import numpy as np


def compute_cost(X, y, theta):
    """
    Compute the cost of using theta as the parameter for linear regression
    to fit the data points in X and y.

    X     : (m, 2) design matrix, first column all ones
    y     : target values
    theta : parameters, shape (2,)
    """
    m = y.shape[0]
    h = X.dot(theta)
    J = np.sum(np.square(h - y)) / (2 * m)
    return J
