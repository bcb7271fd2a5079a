"""Batch gradient descent for multivariate linear regression (ex1)."""
from typing import Tuple

import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    m = y.shape[0]
    r = X @ theta - y
    return float(r.T @ r) / (2 * m) if r.ndim == 1 else float((r.T @ r)[0, 0]) / (2 * m)


def gradient_descent_multi(
    X: np.ndarray, y: np.ndarray, theta: np.ndarray, alpha: float, num_iters: int
) -> Tuple[np.ndarray, np.ndarray]:
    """Run `num_iters` simultaneous updates of theta.

    Args:
        X: (m, n) design matrix including the intercept column.
        y: (m,) or (m, 1) targets.
        theta: (n,) or (n, 1) initial parameters (not modified).
        alpha: learning rate.
        num_iters: number of iterations.

    Returns:
        theta: learned parameters, same shape as the input theta.
        J_history: (num_iters,) cost after every step.
    """
    theta = np.array(theta, dtype=float)
    y = y.reshape(-1, 1) if theta.ndim == 2 else y.reshape(-1)
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history[it] = compute_cost_multi(X, y, theta)

    return theta, J_history
