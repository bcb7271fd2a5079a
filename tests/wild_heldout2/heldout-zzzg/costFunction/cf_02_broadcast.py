import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    """Logistic regression cost and gradient.

    theta : (n,) flat, as scipy.optimize.minimize passes it
    X     : (m, n) with the intercept column
    y     : (m, 1) label column, data[:, [2]] from ex2data1.txt
    """
    m = len(y)
    h = sigmoid(X @ theta)

    J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
    grad = X.T @ (h - y.ravel()) / m

    return J, grad
