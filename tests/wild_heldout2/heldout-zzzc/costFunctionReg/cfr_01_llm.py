"""Regularized logistic regression cost (port of costFunctionReg.m)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically plain logistic sigmoid."""
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                      lambda_: float) -> Tuple[float, np.ndarray]:
    """Compute the regularized cost and gradient for logistic regression.

    Args:
        theta: parameters, shape (n,) as passed by scipy.optimize.minimize.
        X: design matrix (m, n) including the intercept column.
        y: labels 0/1, shape (m,) or (m, 1).
        lambda_: regularization parameter.

    Returns:
        (J, grad) with grad of shape (n,). The intercept theta[0] is not
        regularized.
    """
    theta = np.asarray(theta, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    m = y.size

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1.0 - y) @ np.log(1.0 - h)) / m \
        + (lambda_ / (2.0 * m)) * np.sum(theta_reg ** 2)
    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg
    return float(J), grad
