import numpy as np
from scipy.special import expit


def cost_function_reg(theta, X, y, reg):
    """Regularized logistic regression cost and gradient.

    theta comes in flat from scipy.optimize.minimize, y is the (m, 1)
    column straight out of the data file.
    """
    m = y.size
    y = y.ravel()
    h = expit(X @ theta)

    J = (-(y @ np.log(h)) - ((1 - y) @ np.log(1 - h))) / m
    J = J + reg / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + reg / m * theta[1:]
    return J, grad
