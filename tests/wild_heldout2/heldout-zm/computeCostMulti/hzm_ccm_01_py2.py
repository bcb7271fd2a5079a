import numpy as np


def computeCostMulti(X, y, theta):
    """
    Compute cost for linear regression with multiple variables
    J = computeCostMulti(X, y, theta) computes the cost of using theta as the
    parameter for linear regression to fit the data points in X and y
    """
    m = len(y)
    err = np.dot(X, theta) - y
    J = 1 / (2 * m) * np.dot(err.T, err)
    return J


if __name__ == '__main__':
    X = np.array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3]], dtype=float)
    y = np.array([[399900.0], [329900.0], [369000.0]])
    print 'Cost at theta = zeros: %f' % computeCostMulti(X, y, np.zeros((3, 1)))
