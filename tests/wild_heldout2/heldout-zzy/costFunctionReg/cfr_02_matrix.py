import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, lam):
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)

    first = y.T * np.log(h)
    second = (1 - y).T * np.log(1 - h)
    reg = (lam / (2 * m)) * np.sum(np.power(theta[2:], 2))
    J = -(first + second) / m + reg

    grad = (X.T * (h - y)) / m + (lam / m) * theta

    return J.item(), grad.A1
