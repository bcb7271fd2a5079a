import numpy as np


def computeCost(X, y, theta):
    # np.matrix so that * is the matrix product like in Octave
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = y.shape[0]
    err = X * theta - y
    J = (err.T * err) / (2.0 * m)
    return J.A1[0]
