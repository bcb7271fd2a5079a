import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    # theta might be 1-D (from fmin_cg), make everything a column
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    m = y.shape[0]

    err = np.dot(X, theta) - y
    J = np.sum(err ** 2) / (2 * m) + Lambda * np.sum(theta[1:] ** 2) / (2 * m)

    reg = Lambda * theta / m
    reg[0] = 0
    grad = np.dot(X.T, err) / m + reg

    return J, grad.flatten()
