import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = len(y)

    inner = X * theta - y
    J = (inner.T * inner) / (2 * m) + Lambda / (2 * m) * (theta.T * theta)

    grad = X.T * inner / m
    grad[1:] = grad[1:] + (Lambda / (2 * m)) * theta[1:]

    return J.item(), np.asarray(grad).ravel()
