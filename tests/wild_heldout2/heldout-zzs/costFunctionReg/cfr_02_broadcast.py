import numpy as np
from scipy.special import expit


def costFunctionReg(theta, X, y, l):
    m = len(y)
    h = expit(X @ theta)

    J = -(1 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) \
        + (l / (2 * m)) * np.sum(theta[2:] ** 2)

    grad = (1 / m) * (X.T @ (h - y.ravel()))
    grad[1:] = grad[1:] + (l / m) * theta[1:]

    return J, grad
