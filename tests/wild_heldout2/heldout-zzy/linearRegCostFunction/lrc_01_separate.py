import numpy as np


def linear_reg_cost(theta, X, y, reg):
    """Regularized linear regression cost (scipy.optimize style: theta first)."""
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    h = X.dot(theta)
    J = np.sum(np.square(h - y)) / (2 * m) + reg / (2 * m) * np.sum(np.square(theta[1:]))
    return J


def linear_reg_grad(theta, X, y, reg):
    """Gradient of linear_reg_cost, flattened for scipy.optimize."""
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    h = X.dot(theta)
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (reg / m) * theta[1:]
    return grad.flatten()
