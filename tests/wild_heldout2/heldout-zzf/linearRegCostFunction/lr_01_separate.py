import numpy as np


def linear_reg_cost(theta, X, y, lmbda):
    """Regularised linear regression cost (theta first, for scipy.optimize)."""
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    err = X @ theta - y
    return (err.T @ err).item() / (2 * m) + lmbda / (2 * m) * np.sum(theta[1:] ** 2)


def linear_reg_grad(theta, X, y, lmbda):
    """Gradient of linear_reg_cost, returned flat for scipy.optimize."""
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    grad = X.T @ (X @ theta - y) / m
    grad[1:] = grad[1:] + lmbda / m * theta[1:]
    return grad.flatten()
