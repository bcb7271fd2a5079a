import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost(theta, X, y, l):
    m = X.shape[0]
    y = y.ravel()
    h = sigmoid(np.dot(X, theta))
    J = -(1.0 / m) * (np.dot(y, np.log(h)) + np.dot(1 - y, np.log(1 - h)))
    J = J + (l / (2.0 * m)) * np.sum(np.power(theta[1:], 2))
    return J


def gradient(theta, X, y, l):
    m = X.shape[0]
    y = y.ravel()
    h = sigmoid(np.dot(X, theta))
    grad = (1.0 / m) * np.dot(X.T, h - y) + (l / float(m)) * theta
    grad[0] = 0
    return grad
