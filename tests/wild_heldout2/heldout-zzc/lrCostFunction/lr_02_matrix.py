import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, learningRate):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y)
    if theta.shape[0] == 1:
        theta = theta.T
    if y.shape[0] == 1:
        y = y.T

    m = len(X)
    h = sigmoid(X * theta)

    first = np.multiply(-y, np.log(h))
    second = np.multiply((1 - y), np.log(1 - h))
    reg = (learningRate / (2 * m)) * np.sum(np.power(theta, 2))
    J = np.sum(first - second) / m + reg

    theta_reg = theta.copy()
    theta_reg[0] = 0
    grad = (X.T * (h - y)) / m + (learningRate / m) * theta_reg

    return J, np.array(grad).ravel()
