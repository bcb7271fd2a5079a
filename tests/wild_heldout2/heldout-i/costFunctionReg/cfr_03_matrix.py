import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costReg(theta, X, y, learningRate):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(X)
    first = np.multiply(y, np.log(sigmoid(X * theta.T)))
    second = np.multiply((1 - y), np.log(1 - sigmoid(X * theta.T)))
    reg = (learningRate / (2 * m)) * np.sum(np.power(theta[:, 2:theta.shape[1]], 2))
    return -np.sum(first + second) / m + reg


def gradientReg(theta, X, y, learningRate):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(X)

    error = sigmoid(X * theta.T) - y
    grad = (X.T * error).A1 / m
    reg = (learningRate / m) * np.asarray(theta).ravel()
    reg[0] = 0
    return grad + reg
