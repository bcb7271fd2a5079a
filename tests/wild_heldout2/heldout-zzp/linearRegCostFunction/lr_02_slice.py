import numpy as np


def linear_reg_cost(theta, X, y, reg):
    """Cost and gradient for regularized linear regression.
    theta first so it can go straight into scipy.optimize.minimize."""
    m = X.shape[0]
    theta = np.ravel(theta)
    y = np.ravel(y)

    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m) + reg / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + reg / m * theta[1:]

    return J, grad
