import numpy as np


def compute_cost(X, y, theta):
    """
    Compute cost for linear regression.

    X     : (m, 2) array, first column all ones
    y     : targets, (m,) or (m, 1)
    theta : parameters, (2,) or (2, 1)
    """
    m = len(y)
    y = y.reshape(m, 1)  # make sure y is a column vector
    h = X.dot(theta.flatten())
    J = np.sum(np.square(h - y)) / (2 * m)
    return J
