# ex1_multi helper, written for python 2.7
import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    errors = X.dot(theta).flatten() - y.flatten()
    J = 1 / (2 * m) * errors.dot(errors)
    return J


if __name__ == '__main__':
    X = np.array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3]], dtype=float)
    y = np.array([399900, 329900, 369000], dtype=float)
    for it in xrange(1):
        print 'J =', computeCostMulti(X, y, np.zeros(3))
