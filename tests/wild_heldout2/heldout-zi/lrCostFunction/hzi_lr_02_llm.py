"""Vectorised, regularised logistic regression cost (ex3 lrCostFunction)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Compute the regularised logistic regression cost and gradient.

    Args:
        theta: Parameters, shape (n,) or (n, 1).
        X: Design matrix with a leading column of ones, shape (m, n).
        y: Binary labels, shape (m,) or (m, 1).
        lambda_: Regularisation parameter.

    Returns:
        Tuple ``(J, grad)`` with the scalar cost and the flattened gradient.
    """
    m = y.shape[0]
    theta = theta.reshape(-1, 1)               # column vector, as in Octave
    y = np.asarray(y, dtype=float).ravel()     # accept (m,) or (m, 1)

    h = sigmoid(X @ theta)

    # Do not regularise the intercept term.
    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = -(y @ np.log(h) + (1.0 - y) @ np.log(1.0 - h)) / m
    J = J.item() + lambda_ / (2.0 * m) * np.sum(theta_reg ** 2)

    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg

    return J, grad.ravel()
