import numpy as np


def compute_cost(X, y, theta):
    # X: (m, 2) with the column of ones, y: targets, theta: parameters
    m = len(y)
    y = y.ravel()
    theta = theta.ravel()
    total = 0
    for i in range(m):
        h = np.dot(X[i], theta)
        total += (h - y[i]) ** 2
    J = total / 2 * m
    return J
