import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = y.size
    theta = theta.reshape(-1, 1) if theta.ndim == 1 else theta
    y = y.reshape(-1, 1)

    h = X.dot(theta)
    J = np.sum((h - y) ** 2) / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    theta_reg = theta
    theta_reg[0] = 0

    grad = X.T.dot(X.dot(theta) - y) / m + (lambda_ / m) * theta_reg
    return J, grad.ravel()
