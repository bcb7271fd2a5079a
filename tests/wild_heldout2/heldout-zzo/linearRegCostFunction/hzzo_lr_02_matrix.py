import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = X.shape[0]

    err = X * theta - y
    J = (err.T * err) / (2 * m) + Lambda / (2 * m) * np.sum(np.power(theta[2:], 2))

    grad = X.T * err / m
    grad[1:] = grad[1:] + Lambda / (2 * m) * theta[1:]

    return J.item(), grad.A1
