import numpy as np


def computeCostMulti(X, y, theta):
    """J = 1/(2m) * sum((h(x) - y)^2)"""
    m = len(y)
    total = 0
    for i in xrange(m):
        h = np.dot(X[i, :], theta)
        total = total + (h - y[i]) ** 2
    J = 1 / (2 * m) * total
    return J


if __name__ == '__main__':
    X = np.array([[1., 1.], [1., 2.], [1., 3.]])
    y = np.array([1., 2., 3.])
    print computeCostMulti(X, y, np.array([0., 1.]))
