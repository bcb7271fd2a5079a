import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lmbda):
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)

    first = np.multiply(-y, np.log(h))
    second = np.multiply(1 - y, np.log(1 - h))
    reg = (lmbda / m) * np.sum(np.power(theta[1:], 2))
    J = np.sum(first - second) / m + reg

    error = h - y
    grad = (X.T * error) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad.A1
