import numpy as np


def linearRegCostFunction(X, y, theta, lambda_, return_grad=True):
    """Cost (and gradient) of regularised linear regression -- ex5.

    X already contains the column of ones. theta can be 1-D (what
    scipy.optimize.minimize passes) or a column vector.
    """
    m = y.size
    y = y.ravel()
    theta = theta.ravel()

    h = X.dot(theta)
    J = (1 / (2 * m)) * np.sum((h - y) ** 2) + (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)
    if not return_grad:
        return J

    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return J, grad
