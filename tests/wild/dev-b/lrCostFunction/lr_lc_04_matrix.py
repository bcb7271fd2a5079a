import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y, learningRate):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = len(X)

    first = np.multiply(-y, np.log(sigmoid(X * theta.T)))
    second = np.multiply((1 - y), np.log(1 - sigmoid(X * theta.T)))
    reg = (learningRate / (2 * m)) * np.sum(np.power(theta, 2))
    return np.sum(first - second) / m + reg


def gradient(theta, X, y, learningRate):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = len(X)

    error = sigmoid(X * theta.T) - y

    grad = ((X.T * error) / m).T + learningRate * theta

    # intercept gradient is not regularized
    grad[0, 0] = np.sum(np.multiply(error, X[:, 0])) / m

    return np.array(grad).ravel()
