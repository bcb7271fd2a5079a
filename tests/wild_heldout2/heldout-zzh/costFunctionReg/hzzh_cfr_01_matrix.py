import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, learningRate):
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(X)

    h = sigmoid(X * theta)
    first = np.multiply(y, np.log(h))
    second = np.multiply(1 - y, np.log(1 - h))
    reg = (learningRate / (2 * m)) * np.sum(np.power(theta[2:], 2))
    J = -np.sum(first + second) / m + reg

    error = h - y
    grad = (X.T * error) / m + (learningRate / m) * theta
    # intercept is not regularized
    grad[0] = grad[0] - (learningRate / m) * theta[0]

    return J, grad.A1
