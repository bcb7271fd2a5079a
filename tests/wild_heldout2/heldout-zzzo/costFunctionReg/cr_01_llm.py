"""Regularized logistic regression cost (port of costFunctionReg.m)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Compute the regularized logistic regression cost and gradient.

    Args:
        theta: Parameter vector of shape (n,).
        X: Design matrix of shape (m, n), first column all ones.
        y: Labels of shape (m,) or (m, 1), values 0 or 1.
        lambda_: Regularization parameter.

    Returns:
        J: Regularized cost (float).
        grad: Gradient of shape (n,).
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.size

    h = sigmoid(X @ theta)

    # The intercept term theta[0] is not regularized.
    reg_cost = (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)
    J = (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m + reg_cost

    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta

    return float(J), grad
