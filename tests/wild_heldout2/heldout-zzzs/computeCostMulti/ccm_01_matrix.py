import numpy as np


def computeCostMulti(X, y, theta):
    """J = (X*theta - y)' * (X*theta - y) / (2m), written with np.matrix
    so that * is the matrix product like in Octave."""
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = y.shape[0]

    err = X * theta - y
    J = err.T * err / (2 * m)
    return J.item()
