import numpy as np


def computeCostMulti(X, y, theta):
    # J = 1/(2m) * (X*theta - y)' * (X*theta - y)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = y.shape[0]

    inner = X * theta - y
    J = (inner.T * inner) / (2 * m)
    return J[0, 0]
