import numpy as np


def linear_reg_cost(X, y, theta, lmbda):
    m = len(y)
    y = y.flatten()

    # don't regularize the bias term
    theta_reg = theta
    theta_reg[0] = 0

    h = X.dot(theta)
    J = 1.0 / (2 * m) * np.sum((h - y) ** 2) + lmbda / (2.0 * m) * np.sum(theta_reg ** 2)
    grad = 1.0 / m * X.T.dot(h - y) + lmbda / float(m) * theta_reg

    return J, grad
