"""Batch gradient descent for multivariate linear regression."""
import numpy as np


def compute_cost_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """Mean squared error cost J(theta)."""
    residual = X @ theta - y
    return float(residual @ residual) / len(y)


def gradient_descent_multi(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                           alpha: float, num_iters: int):
    """Run `num_iters` steps of batch gradient descent.

    Returns the learned theta (1-D) and the cost history (num_iters,).
    """
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.asarray(theta, dtype=float).reshape(-1)
    m = len(y)
    J_history = []

    for _ in range(num_iters):
        J_history.append(compute_cost_multi(X, y, theta))
        gradient = X.T @ (X @ theta - y) / m
        theta = theta - alpha * gradient

    return theta, np.array(J_history)
