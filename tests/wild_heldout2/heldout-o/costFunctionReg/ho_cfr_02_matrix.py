import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, l):
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)
    first = -y.T * np.log(h)
    second = (1 - y).T * np.log(1 - h)
    reg = (l / (2.0 * m)) * np.sum(np.power(theta[1:], 2))
    J = ((first - second) / m)[0, 0] + reg

    grad = (X.T * (h - y)) / m + (l / float(m)) * theta

    return J, grad.A1
