import numpy as np


def computeCost(X, y, theta):
    # work with np.matrix so * is a matrix product, like in octave
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = len(y)

    inner = np.power((X * theta) - y, 2)
    J = np.sum(inner) / (2 * m)
    return float(J)
