import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lr_cost_function(theta, X, y, lambda_):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X.dot(theta))

    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m \
        + lambda_ / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]

    return J[0, 0], grad.flatten()
