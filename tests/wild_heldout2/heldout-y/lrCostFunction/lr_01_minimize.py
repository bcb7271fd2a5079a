import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient (vectorized).

    theta comes in 1-D as scipy.optimize.minimize passes it.
    """
    m = len(y)
    y = y.ravel()
    h = expit(X @ theta)

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    J = J + lambda_ / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + lambda_ / m * theta[1:]
    return J, grad
