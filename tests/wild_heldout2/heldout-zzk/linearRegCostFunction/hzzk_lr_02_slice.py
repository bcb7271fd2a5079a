import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = np.dot(X, theta)
    J = 1 / (2 * m) * np.sum(np.square(h - y)) + Lambda / (2 * m) * np.sum(np.square(theta[2:]))

    theta_reg = theta.copy()
    theta_reg[0] = 0
    grad = 1 / m * np.dot(X.T, h - y) + Lambda / m * theta_reg

    return J, grad
