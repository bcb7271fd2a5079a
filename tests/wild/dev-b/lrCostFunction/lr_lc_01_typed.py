"""Vectorised regularised logistic regression (ex3, one-vs-all)."""
from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(
    theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float
) -> tuple[float, np.ndarray]:
    """Compute cost and gradient for regularised logistic regression.

    Args:
        theta: Parameter vector, shape (n,) or (n, 1).
        X: Design matrix with the intercept column, shape (m, n).
        y: Binary labels, shape (m,) or (m, 1).
        lambda_: Regularisation strength; theta[0] is not regularised.

    Returns:
        J: The scalar cost.
        grad: Gradient with the same number of elements as theta, shape (n,).
    """
    theta = np.asarray(theta, dtype=float).reshape(-1)
    y = np.asarray(y, dtype=float).reshape(-1)
    m = y.shape[0]

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1.0 - y) @ np.log(1.0 - h)) / m
    J += lambda_ / (2.0 * m) * (theta_reg @ theta_reg)

    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg
    return float(J), grad
