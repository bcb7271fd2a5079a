import numpy as np


def cost(theta, X, y, reg):
    """Regularized linear regression cost; theta first so it can go to
    scipy.optimize.minimize(cost, theta0, args=(X, y, reg), jac=gradient)."""
    m = X.shape[0]
    theta = theta.flatten()
    y = y.flatten()
    inner = X @ theta - y
    square_sum = inner.T @ inner
    reg_term = (reg / (2 * m)) * np.sum(np.power(theta[1:], 2))
    return square_sum / (2 * m) + reg_term


def gradient(theta, X, y, reg):
    m = X.shape[0]
    theta = theta.flatten()
    y = y.flatten()
    inner = X.T @ (X @ theta - y)
    reg_term = theta.copy() * (reg / m)
    reg_term[0] = 0
    return inner / m + reg_term
