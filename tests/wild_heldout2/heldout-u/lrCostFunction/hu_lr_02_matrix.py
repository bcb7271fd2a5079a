import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, l):
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)

    first = y.T * np.log(h)
    second = (1 - y).T * np.log(1 - h)
    reg = (l / m) * np.sum(np.power(theta[1:], 2))
    J = (-(first + second) / m + reg)[0, 0]

    grad = (X.T * (h - y)) / m + (l / m) * theta

    return J, grad.A1
