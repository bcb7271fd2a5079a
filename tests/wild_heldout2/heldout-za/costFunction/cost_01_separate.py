import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    m = y.size
    h = sigmoid(X.dot(theta))
    J = -(1 / m) * (np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y))
    return J


def gradient(theta, X, y):
    m = y.size
    h = sigmoid(X.dot(theta))
    grad = (1 / m) * X.T.dot(h - y)
    return grad.flatten()
