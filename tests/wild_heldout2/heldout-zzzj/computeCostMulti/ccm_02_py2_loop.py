# ex1_multi.py -- Linear regression with multiple variables
# (written for python 2.7)
import numpy as np


def computeCostMulti(X, y, theta):
    # COMPUTECOSTMULTI Compute cost for linear regression with multiple variables
    m, n = X.shape  # number of training examples, number of features
    total = 0
    for i in xrange(m):
        h = 0
        for j in xrange(n):
            h += theta[j] * X[i, j]
        total += (h - y[i]) ** 2
    J = 1 / (2 * m) * total
    return J


if __name__ == '__main__':
    X = np.array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3]], dtype=float)
    y = np.array([[399900], [329900], [369000]], dtype=float)
    print 'Cost at theta = 0:', computeCostMulti(X, y, np.zeros((3, 1)))
