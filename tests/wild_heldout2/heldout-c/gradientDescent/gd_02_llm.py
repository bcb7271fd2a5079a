"""Batch gradient descent for univariate linear regression (port of gradientDescent.m)."""
from __future__ import annotations

import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Half mean squared error of the linear model X @ theta."""
    residual = X @ theta - y
    return float(residual @ residual) / (2 * y.shape[0])


def gradient_descent(
    X: np.ndarray,
    y: np.ndarray,
    theta: np.ndarray,
    alpha: float,
    num_iters: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Run ``num_iters`` simultaneous gradient steps.

    Args:
        X: Design matrix of shape (m, 2) whose first column is all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Initial parameters, shape (2,) or (2, 1).
        alpha: Learning rate.
        num_iters: Number of iterations.

    Returns:
        theta: Learned parameters, shape (2,).
        J_history: Cost after each iteration, shape (num_iters,).
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
