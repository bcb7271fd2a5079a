import numpy as np


def computeCost(X, y, theta):
    """Compute cost for linear regression.

    Works with theta as (n,) or (n, 1) and y as (m,) or (m, 1).
    """
    m = len(y)
    theta = np.reshape(theta, (-1, 1))
    y = np.reshape(y, (-1, 1))
    err = np.dot(X, theta) - y
    J = np.sum(np.power(err, 2)) / (2 * m)
    return J
