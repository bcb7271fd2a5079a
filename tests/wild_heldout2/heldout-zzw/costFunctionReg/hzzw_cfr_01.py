import numpy as np
from scipy.special import expit


def costFunctionReg(theta, X, y, lambda_):
    m = len(y)
    y = y.ravel()
    h = expit(X @ theta)

    J = (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m \
        + lambda_ / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m + (lambda_ / m) * theta

    return J, grad
