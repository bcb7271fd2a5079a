"""Regularised linear regression (ex5) in NumPy."""
import numpy as np


def linear_reg_cost_function(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                             lambda_: float = 0.0):
    """Return the regularised cost J and its gradient.

    X is (m, n) with the bias column, y is (m,) or (m, 1), theta is (n,) or (n, 1).
    The intercept theta[0] is not regularised.
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.size

    residual = X @ theta - y
    reg_theta = theta.copy()
    reg_theta[0] = 0.0

    J = residual @ residual / (2 * m) + lambda_ / (2 * m) * np.sum(reg_theta ** 2)
    grad = X.T @ residual / m + (lambda_ / m) * reg_theta
    return J, grad
