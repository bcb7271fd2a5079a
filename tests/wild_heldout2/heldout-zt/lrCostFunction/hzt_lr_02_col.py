import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, reg):
    m = len(y)
    theta = theta.reshape(-1, 1)

    h = sigmoid(np.dot(X, theta))

    J = (np.dot(-y.T, np.log(h)) - np.dot((1 - y).T, np.log(1 - h))) / m
    J = J + (reg / (2.0 * m)) * np.sum(theta[2:] ** 2)

    grad = np.dot(X.T, h - y) / m
    grad[1:] = grad[1:] + (reg / float(m)) * theta[1:]

    return J[0][0], grad.flatten()
