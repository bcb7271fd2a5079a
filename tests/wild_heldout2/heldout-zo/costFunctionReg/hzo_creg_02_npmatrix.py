import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costReg(theta, X, y, learningRate):
    # theta comes in flat from the optimizer; y is the (m, 1) column from the data file
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y)
    m = len(X)

    h = sigmoid(X * theta.T)
    first = np.multiply(y, np.log(h))
    second = np.multiply((1 - y), np.log(1 - h))
    reg = (learningRate / (2 * m)) * np.sum(np.power(theta[:, 2:theta.shape[1]], 2))
    J = -np.sum(first + second) / m + reg

    error = h - y
    grad = (X.T * error).T / m + (learningRate / m) * theta
    grad[0, 0] = np.sum(np.multiply(error, X[:, 0])) / m

    return J, np.array(grad).ravel()
