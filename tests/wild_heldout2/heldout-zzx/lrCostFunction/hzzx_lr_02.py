import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y, reg):
    theta = np.matrix(theta).T if np.ndim(theta) == 1 else np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(X)
    h = sigmoid(X * theta)
    first = np.multiply(-y, np.log(h))
    second = np.multiply((1 - y), np.log(1 - h))
    penalty = (reg / (2.0 * m)) * np.sum(np.power(theta[1:], 2))
    return np.sum(first - second) / m + penalty


def gradient(theta, X, y, reg):
    theta = np.matrix(theta).T if np.ndim(theta) == 1 else np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(X)
    error = sigmoid(X * theta) - y
    grad = (X.T * error) / m + (reg / float(m)) * theta
    grad[0, 0] = (X[:, 0].T * error)[0, 0] / m
    return np.array(grad).ravel()
