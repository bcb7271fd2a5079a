import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    print "m =", m

    error = np.dot(X, theta) - y
    J = (1 / (2 * m)) * np.dot(error.T, error)

    return J
