"""Batch gradient descent for multivariate linear regression."""
from typing import Tuple

import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error."""
    residual = X @ theta - y
    return float(residual @ residual) / (2 * y.shape[0])


def gradient_descent_multi(
    X: np.ndarray,
    y: np.ndarray,
    theta: np.ndarray,
    alpha: float,
    num_iters: int,
) -> Tuple[np.ndarray, np.ndarray]:
    """Run `num_iters` steps of gradient descent.

    Args:
        X: (m, n) design matrix, bias column included.
        y: (m,) or (m, 1) targets.
        theta: (n,) or (n, 1) initial parameters.
        alpha: learning rate.
        num_iters: number of iterations.

    Returns:
        theta: (n,) learned parameters.
        J_history: (num_iters,) cost after every step.
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel().copy()
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        gradient = X.T @ (X @ theta - y) / m
        theta = theta - alpha * gradient
        J_history[i] = compute_cost_multi(X, y, theta)

    return theta, J_history
