import numpy as np


def linear_reg_cost(theta, X, y, lmbda):
    """Regularized linear regression cost (ex5).

    Parameters in scipy.optimize order: theta first.
    """
    m = X.shape[0]
    y = y.ravel()
    err = X.dot(theta) - y
    return err.dot(err) / (2 * m) + lmbda / (2 * m) * theta[1:].dot(theta[1:])


def linear_reg_grad(theta, X, y, lmbda):
    m = X.shape[0]
    y = y.ravel()
    err = X.dot(theta) - y
    g = X.T.dot(err) / m
    g[1:] += lmbda / m * theta[1:]
    return g
