import numpy as np


def cost(theta, X, y, reg):
    """Regularised linear regression cost; theta first so it can go to minimize()."""
    m = X.shape[0]
    inner = X @ theta - y.ravel()
    return inner @ inner / (2 * m) + reg / (2 * m) * np.sum(theta[1:] ** 2)


def gradient(theta, X, y, reg):
    m = X.shape[0]
    g = X.T @ (X @ theta - y.ravel()) / m
    r = reg / m * theta
    r[0] = 0
    return g + r
