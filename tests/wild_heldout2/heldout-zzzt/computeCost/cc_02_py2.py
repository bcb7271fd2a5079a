import numpy as np


def computeCost(X, y, theta):
    """
    COMPUTECOST Compute cost for linear regression
       J = COMPUTECOST(X, y, theta) computes the cost of using theta as the
       parameter for linear regression to fit the data points in X and y
    """
    m = len(y)

    J = 0
    for i in xrange(m):
        h = np.dot(X[i, :], theta)
        J = J + (h - y[i]) ** 2

    J = 1 / (2 * m) * J
    return float(J)


if __name__ == '__main__':
    X = np.array([[1, 1], [1, 2], [1, 3]], dtype=float)
    y = np.array([[1], [2], [3]], dtype=float)
    print computeCost(X, y, np.zeros((2, 1)))
