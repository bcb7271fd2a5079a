import numpy as np


def linear_reg_cost_function(X, y, theta, lambda_):
    """Regularised linear regression cost and gradient (X has the bias column)."""
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.size
    r = X.dot(theta) - y
    t = theta.copy()
    t[0] = 0
    J = r.dot(r) / (2 * m) + lambda_ / (2 * m) * t.dot(t)
    grad = X.T.dot(r) / m + lambda_ / m * t
    return J, grad


def train_linear_reg(X, y, lambda_):
    """Closed-form minimiser of linear_reg_cost_function (regularised normal
    equations, pinv so that fewer examples than parameters still works)."""
    n = X.shape[1]
    L = np.eye(n)
    L[0, 0] = 0
    y = np.asarray(y, dtype=float).ravel()
    return np.linalg.pinv(X.T.dot(X) + lambda_ * L).dot(X.T.dot(y))
