"""Regularized logistic regression cost (port of costFunctionReg.m)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                      lambda_: float) -> tuple[float, np.ndarray]:
    """Compute cost and gradient for regularized logistic regression.

    Args:
        theta: Parameters, shape (n,) or (n, 1).
        X: Design matrix including the intercept column, shape (m, n).
        y: Binary labels, shape (m,) or (m, 1).
        lambda_: Regularization parameter. The intercept theta[0] is not
            regularized.

    Returns:
        (J, grad) where grad has the same shape as theta.
    """
    theta = np.asarray(theta, dtype=float)
    original_shape = theta.shape
    theta = theta.reshape(-1)
    y = np.asarray(y, dtype=float).reshape(-1)
    m = y.size

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1.0 - y) @ np.log(1.0 - h)) / m
    J += lambda_ / (2.0 * m) * np.sum(theta_reg ** 2)

    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg
    return float(J), grad.reshape(original_shape)
