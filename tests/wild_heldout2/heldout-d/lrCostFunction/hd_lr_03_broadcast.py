import numpy as np
from scipy.special import expit


def lr_cost_function(theta, X, y, lmbda):
    m = len(y)
    h = expit(X @ theta)

    J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
    J += lmbda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ (h - y) / m + (lmbda / m) * theta

    return J, grad
