from numpy import *


def computeCost(X, y, theta):
    X = matrix(X)
    y = matrix(y).reshape(-1, 1)
    theta = matrix(theta).reshape(-1, 1)
    m = len(y)
    J = 0
    for i in xrange(m):
        err = X[i] * theta - y[i]
        J = J + err[0, 0] ** 2
    J = 1 / (2 * m) * J
    return J


if __name__ == '__main__':
    X = matrix([[1, 1], [1, 2], [1, 3]])
    y = matrix([[1], [2], [3]])
    print computeCost(X, y, [[0], [1]])
