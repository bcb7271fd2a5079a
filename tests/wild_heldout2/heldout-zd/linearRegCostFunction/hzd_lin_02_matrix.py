import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = X.shape[0]

    inner = X * theta - y
    J = (inner.T * inner) / (2 * m)
    J = J + Lambda / (2.0 * m) * (theta[1:].T * theta[1:])

    grad = (X.T * inner) / m
    grad[1:] = grad[1:] + (Lambda / float(m)) * theta[1:]

    return J.item(), grad.A1
