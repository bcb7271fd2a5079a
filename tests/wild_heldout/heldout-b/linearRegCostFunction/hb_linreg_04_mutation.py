import numpy as np


def linear_reg_cost_function(X, y, theta, l):
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    # the intercept is not regularized
    theta_reg = theta
    theta_reg[0] = 0

    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m) + l / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + (l / m) * theta_reg

    return J, grad.ravel()
