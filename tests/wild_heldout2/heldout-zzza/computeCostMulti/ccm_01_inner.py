import numpy as np


def computeCostMulti(X, y, theta):
    # J = 1/(2m) * (X*theta - y)' * (X*theta - y)
    m = len(y)
    err = X.dot(theta.reshape(-1, 1)) - y.reshape(-1, 1)
    J = err.T.dot(err) / (2 * m)
    return J[0, 0]
