import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    """
    theta : (n, 1) column vector
    X     : (m, n) with intercept column
    y     : (m, 1) column vector of 0/1 labels
    """
    m = len(y)

    h = sigmoid(X.dot(theta))
    J = np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / m
    grad = X.T.dot(h - y) / m

    return J, grad
