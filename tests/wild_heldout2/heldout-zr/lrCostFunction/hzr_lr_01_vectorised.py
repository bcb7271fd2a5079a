import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, l):
    # vectorised regularized logistic regression (one-vs-all, ex3)
    m = len(y)
    h = sigmoid(np.dot(X, theta))

    J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
    J += l / (2 * m) * np.sum(theta[2:] ** 2)

    grad = np.dot(X.T, h - y.flatten()) / m
    grad[1:] += l / m * theta[1:]

    return J, grad
