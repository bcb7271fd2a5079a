import numpy as np


def cost(theta, X, y, reg=0.0):
    """ex5: regularized linear regression. X already has the ones column."""
    m = X.shape[0]
    theta = np.asarray(theta).reshape(-1)
    y = np.asarray(y).reshape(-1)

    err = X @ theta - y
    J = (err @ err) / (2 * m) + (reg / m) * np.sum(theta[1:] ** 2)

    grad = (X.T @ err) / m + (reg / m) * theta
    return J, grad
