import numpy as np


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _add_intercept(X):
    return np.hstack([np.ones((X.shape[0], 1)), X])


def lr_cost(theta, X, y, Lambda):
    """Regularised logistic regression cost. X is the raw data, the
    intercept column is added here."""
    Xb = _add_intercept(X)
    y = y.ravel().astype(float)
    theta = theta.ravel()
    m = len(y)

    h = _sigmoid(Xb @ theta)
    J = (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m
    J += Lambda / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def lr_gradient(theta, X, y, Lambda):
    """Gradient of lr_cost with respect to theta (same shape as theta.ravel())."""
    Xb = _add_intercept(X)
    y = y.ravel().astype(float)
    theta = theta.ravel()
    m = len(y)

    h = _sigmoid(Xb @ theta)
    grad = Xb.T @ (h - y) / m
    grad[1:] += Lambda / m * theta[1:]
    return grad
