import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, Lambda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X @ theta)

    J = -(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h)) / m
    J = J + Lambda / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m + (Lambda / m) * theta

    return J[0, 0], grad.flatten()
