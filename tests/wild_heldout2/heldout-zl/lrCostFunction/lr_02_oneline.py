import numpy as np
from scipy.special import expit


def lr_cost_function(theta, X, y, reg):
    m = y.shape[0]
    h = expit(X @ theta)

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + reg / (2 * m) * np.sum(theta[2:] ** 2)

    t = theta
    t[0] = 0
    grad = X.T @ (h - y) / m + reg / m * t

    return J, grad
