"""Batch gradient descent for univariate linear regression (ex1)."""
from typing import Tuple

import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error of the linear model X @ theta."""
    m = y.shape[0]
    residual = X @ theta - y
    return float(np.sum(residual ** 2) / (2 * m))


def gradient_descent(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                     alpha: float, num_iters: int) -> Tuple[np.ndarray, np.ndarray]:
    """Run `num_iters` steps of batch gradient descent.

    Args:
        X: Design matrix of shape (m, 2), first column all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Initial parameters, shape (2,) or (2, 1).
        alpha: Learning rate.
        num_iters: Number of iterations.

    Returns:
        theta: Learned parameters, shape (2, 1).
        J_history: Cost at every iteration, shape (num_iters,).
    """
    m = y.shape[0]
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1).astype(float)
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        J_history[i] = compute_cost(X, y, theta)
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))

    return theta, J_history
