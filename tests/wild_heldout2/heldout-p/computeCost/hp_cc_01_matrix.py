import numpy as np


def computeCost(X, y, theta):
    # X, y as np.matrix, theta as a 1 x n row matrix, e.g. np.matrix(np.array([0, 0]))
    inner = np.power(((X * theta.T) - y), 2)
    return np.sum(inner) / (2 * len(X))
