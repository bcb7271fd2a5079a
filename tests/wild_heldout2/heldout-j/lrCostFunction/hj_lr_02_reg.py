import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lmbda):
    m = y.shape[0]
    y = y.reshape(m)

    h = expit(X @ theta)

    J = -1 / m * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    J += lmbda / (2 * m) * np.sum(theta[2:] ** 2)

    grad = 1 / m * (X.T @ (h - y))
    grad = grad + (lmbda / m) * theta

    return J, grad
