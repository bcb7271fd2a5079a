import numpy as np
from scipy.special import expit


def lr_cost(theta, reg, X, y):
    """Regularized logistic regression cost, to be used with
    scipy.optimize.minimize(lr_cost, theta0, args=(reg, X, y), jac=lr_grad).

    theta is 1-D, X already has the intercept column, y are the 0/1 labels.
    """
    m = X.shape[0]
    y = y.ravel()
    h = expit(X @ theta)
    cost = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    return cost + reg / (2 * m) * np.sum(theta[1:] ** 2)


def lr_grad(theta, reg, X, y):
    """Gradient of lr_cost, same arguments, 1-D result."""
    m = X.shape[0]
    y = y.ravel()
    h = expit(X @ theta)
    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + reg / m * theta[1:]
    return grad
