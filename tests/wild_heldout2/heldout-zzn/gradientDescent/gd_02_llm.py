"""Batch gradient descent for univariate linear regression (ex1)."""
import numpy as np


def compute_cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    m = y.shape[0]
    residual = X @ theta - y
    return float(np.sum(residual ** 2) / (2 * m))


def gradient_descent(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                     alpha: float, num_iters: int):
    """Run ``num_iters`` steps of batch gradient descent.

    Returns the final theta, shape (n, 1), and the cost after every step.
    """
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    theta = np.asarray(theta, dtype=float).reshape(-1, 1)
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        gradient = X.T @ (X @ theta - y) / m
        theta = theta - alpha * gradient
        J_history[i] = compute_cost(X, y, theta)

    return theta, J_history
