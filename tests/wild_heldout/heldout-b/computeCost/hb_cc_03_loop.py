import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    theta = np.ravel(theta)
    y = np.ravel(y)

    J = 0
    for i in range(1, m):
        h = theta[0] * X[i][0] + theta[1] * X[i][1]
        J = J + (h - y[i]) ** 2

    J = J / (2 * m)
    return J
