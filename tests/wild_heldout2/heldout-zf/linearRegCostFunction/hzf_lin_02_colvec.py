import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    # minimize() hands us a flat theta, make everything a column
    theta = theta.reshape(X.shape[1], 1)
    y = y.reshape(X.shape[0], 1)
    m = X.shape[0]

    h = np.dot(X, theta)
    J = np.sum(np.square(h - y)) / (2 * m) + lambda_ / (2 * m) * np.sum(np.square(theta[1:]))

    grad = np.dot(X.T, h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad.flatten()
