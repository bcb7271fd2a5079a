"""Vectorised regularised logistic regression (ex3 lrCostFunction)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Return the regularised cost J and its gradient.

    Args:
        theta: parameters, shape (n,) (what scipy.optimize.minimize passes).
        X: design matrix with the intercept column, shape (m, n).
        y: binary labels, shape (m,) or (m, 1).
        lambda_: regularisation parameter; theta[0] is not regularised.
    """
    theta = np.asarray(theta, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    m = y.size

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1 - y) @ np.log(1 - h)) / m \
        + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg
    return J, grad
