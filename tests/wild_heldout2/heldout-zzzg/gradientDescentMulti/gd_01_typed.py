"""Batch gradient descent for multivariate linear regression (ex1_multi)."""
from typing import Tuple

import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error of the linear model X @ theta."""
    m = y.shape[0]
    residual = X @ theta - y
    return float(np.sum(residual * residual)) / (2 * m)


def gradient_descent_multi(
    X: np.ndarray,
    y: np.ndarray,
    theta: np.ndarray,
    alpha: float,
    num_iters: int,
) -> Tuple[np.ndarray, np.ndarray]:
    """Run ``num_iters`` simultaneous gradient steps.

    Args:
        X: design matrix (m, n) including the column of ones.
        y: targets, shape (m, 1) or (m,) -- must match theta's shape.
        theta: initial parameters, shape (n, 1) or (n,).
        alpha: learning rate.
        num_iters: number of iterations.

    Returns:
        The learned theta and the cost after every iteration, shape (num_iters,).
    """
    m = y.shape[0]
    theta = theta.astype(float).copy()
    if theta.ndim == 2:
        y = y.reshape(-1, 1)
    else:
        y = y.ravel()
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        error = X @ theta - y
        theta = theta - (alpha / m) * (X.T @ error)
        J_history[i] = compute_cost_multi(X, y, theta)

    return theta, J_history
