import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = y.size
    y = y.ravel()
    theta = theta.ravel()

    err = X.dot(theta) - y
    J = err.dot(err) / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(err) / m
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]
    return J, grad
