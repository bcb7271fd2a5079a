import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = y.shape[0]
    theta = theta.reshape((-1, 1))
    y = y.reshape((-1, 1))

    theta_reg = theta
    theta_reg[0] = 0

    J = np.sum((X.dot(theta) - y) ** 2) / (2 * m) + (lambda_ / m) * np.sum(theta_reg ** 2)
    grad = X.T.dot(X.dot(theta) - y) / m + (lambda_ / m) * theta_reg

    return J, grad.flatten()
