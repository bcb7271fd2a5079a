import numpy as np


def linear_reg_cost_function(X, y, theta, lambda_):
    m = len(y)
    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    grad = X.T @ (h - y) / m
    grad[1:] += lambda_ / m * theta[1:]
    return J, grad
