import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1)
    J = np.sum(np.square(X.dot(theta) - y)) / 2 * m
    return J
