"""Multivariate gradient descent (ex1, optional part)."""
from typing import Tuple

import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error."""
    m = y.shape[0]
    residual = (X @ theta - y).ravel()
    return float(residual @ residual) / (2 * m)


def gradient_descent_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                           alpha: float, num_iters: int) -> Tuple[np.ndarray, np.ndarray]:
    """Run num_iters steps of batch gradient descent.

    Args:
        X: design matrix (m, n) including the bias column.
        y: targets, same shape convention as X @ theta.
        theta: initial parameters.
        alpha: learning rate.
        num_iters: number of iterations.

    Returns:
        theta: learned parameters.
        J_history: cost after every iteration.
    """
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        error = X @ theta - y
        theta -= (alpha / m) * (X.T @ error)
        J_history[i] = compute_cost_multi(X, y, theta)

    return theta, J_history
