"""Regularised linear regression cost and gradient (ex5)."""
import numpy as np


def linear_reg_cost_function(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                             lambda_: float = 0.0) -> tuple[float, np.ndarray]:
    """Return the cost J and the gradient for regularised linear regression.

    X includes the intercept column; theta has shape (n,) or (n, 1).
    The intercept theta[0] is not regularised.
    """
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.asarray(theta, dtype=float).reshape(-1)
    m = y.size

    residual = X @ theta - y

    J = residual @ residual / (2 * m) + (lambda_ / (2 * m)) * np.sum(theta[2:] ** 2)

    reg = theta.copy()
    reg[0] = 0.0
    grad = X.T @ residual / m + (lambda_ / m) * reg
    return float(J), grad
