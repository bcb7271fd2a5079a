import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = np.dot(X, theta) - y
    J = 1 / (2 * m) * np.dot(err.T, err)
    return J[0, 0]


if __name__ == "__main__":
    X = np.array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3]])
    y = np.array([[399900], [329900], [369000]])
    print "Cost at theta = 0: %f" % computeCostMulti(X, y, np.zeros((3, 1)))
