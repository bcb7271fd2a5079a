import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costReg(theta, X, y, lamda):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y)
    m = len(X)

    h = sigmoid(X * theta.T)
    first = np.multiply(-y, np.log(h))
    second = np.multiply((1 - y), np.log(1 - h))
    reg = (lamda / 2 * m) * np.sum(np.power(theta[:, 1:], 2))
    return np.sum(first - second) / m + reg


def gradientReg(theta, X, y, lamda):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y)
    m = len(X)

    error = sigmoid(X * theta.T) - y
    grad = (X.T * error).T / m
    grad[0, 1:] = grad[0, 1:] + (lamda / m) * theta[:, 1:]

    return grad.A1


def costFunctionReg(theta, X, y, lamda):
    return costReg(theta, X, y, lamda), gradientReg(theta, X, y, lamda)
