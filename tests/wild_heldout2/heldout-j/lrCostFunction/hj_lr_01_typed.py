"""Vectorised regularised logistic regression (ex3, lrCostFunction)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function, element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Return the regularised cost and its gradient.

    Args:
        theta: parameters, shape (n,).
        X: design matrix with the intercept column, shape (m, n).
        y: 0/1 labels, shape (m,) or (m, 1).
        lambda_: regularisation strength; theta[0] is not penalised.

    Returns:
        (J, grad) with grad of shape (n,).
    """
    theta = np.asarray(theta, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    m = y.shape[0]

    h = sigmoid(X @ theta)

    reg = theta.copy()
    reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1 - y) @ np.log(1 - h)) / m \
        + lambda_ / (2 * m) * np.sum(reg ** 2)
    grad = X.T @ (h - y) / m + (lambda_ / m) * reg

    return float(J), grad
