import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    # regularization (do not penalize theta_0)
    theta_r = theta
    theta_r[0] = 0
    reg = lambda_ / (2 * m) * np.sum(theta_r ** 2)

    h = np.dot(X, theta)
    J = np.sum((h - y) ** 2) / (2 * m) + reg

    grad = np.dot(X.T, h - y) / m + (lambda_ / m) * theta_r
    return J, grad.flatten()
