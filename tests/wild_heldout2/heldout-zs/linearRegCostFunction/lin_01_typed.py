"""Regularized linear regression cost and gradient (ex5)."""
from typing import Tuple

import numpy as np


def linear_reg_cost_function(
    X: np.ndarray, y: np.ndarray, theta: np.ndarray, lambda_: float
) -> Tuple[float, np.ndarray]:
    """Return the regularized squared-error cost and its gradient.

    Args:
        X: Design matrix of shape (m, n), first column all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Parameters, shape (n,) or (n, 1).
        lambda_: Regularization parameter; theta[0] is not regularized.

    Returns:
        (J, grad) with grad of shape (n,).
    """
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.asarray(theta, dtype=float).reshape(-1)
    m = y.shape[0]

    residual = X @ theta - y

    J = residual @ residual / (2.0 * m) + (lambda_ / (2.0 * m)) * np.sum(theta[1:] ** 2)

    grad = (X.T @ residual) / m
    grad[1:] += (lambda_ / m) * theta[1:]

    return float(J), grad
