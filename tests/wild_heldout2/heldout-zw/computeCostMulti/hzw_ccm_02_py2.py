import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    total = 0
    for i in xrange(m):
        h = np.dot(X[i, :], theta)
        total += (h - y[i]) ** 2
    J = 1 / (2 * m) * total
    return J


if __name__ == '__main__':
    X = np.array([[1, 2, 3], [1, 3, 4], [1, 4, 5], [1, 5, 6]], dtype=float)
    y = np.array([7, 6, 5, 4], dtype=float)
    print computeCostMulti(X, y, np.array([0.1, 0.2, 0.3]))
