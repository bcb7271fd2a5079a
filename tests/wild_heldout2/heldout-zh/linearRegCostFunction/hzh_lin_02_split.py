import numpy as np


def linear_reg_cost(theta, X, y, reg):
    """Regularised linear regression cost; theta first, so that it can be
    handed to scipy.optimize.minimize(linear_reg_cost, theta0,
    args=(X, y, reg), jac=linear_reg_grad)."""
    m = len(y)
    y = y.ravel()
    err = X @ theta.ravel() - y
    penalty = reg / (2 * m) * np.sum(theta.ravel()[1:] ** 2)
    return np.sum(err ** 2) / (2 * m) + penalty


def linear_reg_grad(theta, X, y, reg):
    """Gradient of linear_reg_cost with respect to theta (1-D)."""
    m = len(y)
    theta = theta.ravel()
    err = X @ theta - y.ravel()
    g = X.T @ err / m
    g[1:] = g[1:] + reg / m * theta[1:]
    return g
