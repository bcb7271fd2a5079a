import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta, X, y, l):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X @ theta)
    first = -y.T @ np.log(h)
    second = (1 - y).T @ np.log(1 - h)
    reg = (l / (2 * m)) * np.sum(np.square(theta[2:]))
    J = (first - second) / m + reg

    grad = (X.T @ (h - y)) / m
    grad[1:] = grad[1:] + (l / m) * theta[1:]

    return J[0, 0], grad.flatten()
