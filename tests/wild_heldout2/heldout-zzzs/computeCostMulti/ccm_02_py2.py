# ex1_multi.py -- linear regression with multiple variables
import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    y = y.flatten()
    predictions = X.dot(theta)
    sq_err = (predictions - y) ** 2
    J = 1.0 / (2 * m) * np.sum(sq_err)
    return J


if __name__ == '__main__':
    X = np.array([[1., 2104., 3.], [1., 1600., 3.], [1., 2400., 3.]])
    y = np.array([[399900.], [329900.], [369000.]])
    theta = np.zeros((3, 1))
    print 'Cost at theta = zeros: %f' % computeCostMulti(X, y, theta)
