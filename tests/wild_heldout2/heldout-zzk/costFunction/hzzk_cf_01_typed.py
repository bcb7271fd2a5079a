"""Logistic regression cost and gradient (ex2 costFunction.m)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray) -> Tuple[float, np.ndarray]:
    """Return the cross-entropy cost and its gradient.

    Args:
        theta: parameters, shape (n,) or (n, 1).
        X: design matrix with the intercept column, shape (m, n).
        y: 0/1 labels, shape (m,) or (m, 1).

    Returns:
        (J, grad) with grad of shape (n,).
    """
    theta = np.asarray(theta, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    m = y.shape[0]

    h = sigmoid(X @ theta)
    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    grad = X.T @ (h - y) / m
    return float(J), grad
