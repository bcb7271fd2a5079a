"""Vectorised regularised logistic regression (ex3), from lrCostFunction.m."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Cost and gradient of regularised logistic regression.

    theta may be flat (n,) or a column (n, 1); y is (m,) or (m, 1) with values 0/1.
    The intercept theta[0] is not regularised.
    """
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = ((-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m).item() \
        + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + (lambda_ / m) * theta

    return J, grad.ravel()
