import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    theta = np.matrix(theta)
    if theta.shape[0] == 1:
        theta = theta.T
    X = np.matrix(X)
    y = np.matrix(y)
    m = len(X)

    h = sigmoid(X * theta)
    first = np.multiply(-y, np.log(h))
    second = np.multiply((1 - y), np.log(1 - h))
    J = np.sum(first - second) / m

    grad = (X.T * (h - y)) / m
    return J, grad
