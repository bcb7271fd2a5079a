import numpy as np


def computeCostMulti(X, y, theta):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = len(y)

    err = X * theta - y
    J = (err.T * err) / (2 * m)
    return J[0, 0]
