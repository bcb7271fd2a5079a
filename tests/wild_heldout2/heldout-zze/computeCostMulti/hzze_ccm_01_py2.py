from numpy import *


def computeCostMulti(X, y, theta):
    # number of training examples
    m = len(y)
    J = 0

    err = dot(X, theta) - y
    J = 1 / (2 * m) * dot(err.T, err)

    print 'computeCostMulti: J =', J
    return J
