import numpy as np
from scipy.special import expit


def _add_intercept(X):
    return np.hstack([np.ones((X.shape[0], 1)), X])


def lr_cost(theta, X, y, l):
    """Regularised logistic cost. X is the raw feature matrix (no ones column);
    theta has one more entry than X has columns (theta[0] is the intercept)."""
    Xb = _add_intercept(X)
    y = y.ravel()
    m = y.shape[0]
    h = expit(Xb.dot(theta.ravel()))
    cost = -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m
    return cost + l / (2 * m) * np.sum(theta.ravel()[1:] ** 2)


def lr_grad(theta, X, y, l):
    """Gradient of lr_cost, same shape as theta (1-D)."""
    Xb = _add_intercept(X)
    y = y.ravel()
    theta = theta.ravel()
    m = y.shape[0]
    h = expit(Xb.dot(theta))
    grad = Xb.T.dot(h - y) / m
    grad[1:] = grad[1:] + (l / m) * theta[1:]
    return grad


# usage with scipy:
# res = minimize(lr_cost, np.zeros(n + 1), args=(X, y == c, 0.1), jac=lr_grad, method='CG')
