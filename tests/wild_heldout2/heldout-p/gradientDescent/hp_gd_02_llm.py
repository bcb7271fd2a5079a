"""Batch gradient descent for univariate linear regression (ex1)."""
from typing import Tuple

import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error of the linear model X @ theta."""
    m = y.shape[0]
    residual = X @ theta - y
    return float(residual @ residual) / (2 * m)


def gradient_descent(
    X: np.ndarray,
    y: np.ndarray,
    theta: np.ndarray,
    alpha: float,
    num_iters: int,
) -> Tuple[np.ndarray, np.ndarray]:
    """Run ``num_iters`` steps of batch gradient descent.

    Args:
        X: (m, n) design matrix including the column of ones.
        y: (m,) targets.
        theta: (n,) initial parameters.
        alpha: learning rate.
        num_iters: number of iterations.

    Returns:
        The learned parameters and the cost after each iteration.
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel().copy()
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        gradient = X.T @ (X @ theta - y) / m
        theta = theta - alpha * gradient
        J_history[it] = compute_cost(X, y, theta)

    return theta, J_history
