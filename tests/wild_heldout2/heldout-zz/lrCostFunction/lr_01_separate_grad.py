import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, reg):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))
    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m
    J = J + reg / (2.0 * m) * np.sum(theta[1:] ** 2)
    return J[0, 0]


def lrGradient(theta, X, y, reg):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (reg / m) * theta[1:]
    return grad.flatten()
