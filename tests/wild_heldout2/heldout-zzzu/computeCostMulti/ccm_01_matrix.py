import numpy as np


def computeCostMulti(X, y, theta):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = len(y)

    inner = X * theta - y
    J = inner.T * inner / (2 * m)
    return J[0, 0]
