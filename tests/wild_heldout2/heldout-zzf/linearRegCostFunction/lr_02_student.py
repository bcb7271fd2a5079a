import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    m = np.shape(X)[0]
    theta = theta.reshape(np.shape(X)[1], 1)
    y = y.reshape(m, 1)

    h = np.dot(X, theta)
    J = np.sum(np.square(h - y)) / (2 * m) + _lambda / (2 * m) * np.sum(np.square(theta[2:]))

    grad = np.dot(X.T, h - y) / m
    grad[1:] = grad[1:] + _lambda / (2 * m) * theta[1:]

    return J, grad.flatten()
