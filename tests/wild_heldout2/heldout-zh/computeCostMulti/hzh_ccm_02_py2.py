# ex1_multi.py -- linear regression with multiple variables
import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)  # number of training examples

    predictions = np.dot(X, theta)
    errors = predictions - y
    J = 1/(2*m) * np.dot(errors.T, errors)

    return J


if __name__ == '__main__':
    X = np.array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3]], dtype=float)
    y = np.array([[399900], [329900], [369000]], dtype=float)
    print 'Cost at theta = 0:', computeCostMulti(X, y, np.zeros((3, 1)))
