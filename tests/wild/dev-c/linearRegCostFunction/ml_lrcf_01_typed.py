"""Regularized linear regression: cost and gradient.

Python port of ``linearRegCostFunction.m`` (ex5).
"""
from typing import Tuple

import numpy as np


def linear_reg_cost_function(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                             lambda_: float) -> Tuple[float, np.ndarray]:
    """Compute the cost and gradient of regularized linear regression.

    Args:
        X: Design matrix of shape (m, n); the first column is all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Parameters, shape (n,) or (n, 1).
        lambda_: Regularization strength. The intercept theta[0] is not
            regularized.

    Returns:
        J: The regularized cost.
        grad: The gradient, shape (n,).
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.size

    residual = X @ theta - y

    theta_reg = theta.copy()
    theta_reg[0] = 0.0  # do not penalize the intercept

    J = (residual @ residual) / (2 * m) + (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)
    grad = (X.T @ residual) / m + (lambda_ / m) * theta_reg

    return float(J), grad
