import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lr_cost_function(theta, X, y, lambda_):
    """
    theta : (n,) initial_theta / current point from scipy.optimize
    X     : (m, n) with the column of ones
    y     : (m, 1) labels (y == c) straight from the .mat file
    """
    m = len(y)
    h = sigmoid(X @ theta)

    J = -1 / m * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) \
        + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = 1 / m * (X.T @ (h - y))
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]
    return J, grad
