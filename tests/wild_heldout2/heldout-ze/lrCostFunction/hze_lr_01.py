import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lmbda):
    m = len(y)
    y = y.flatten()
    h = expit(X @ theta)

    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m \
        + lmbda / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return J, grad
