"""Regularised logistic regression cost (port of costFunctionReg.m)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Return (J, grad) for regularised logistic regression.

    theta(1), the intercept, is excluded from the penalty.
    """
    m = y.shape[0]

    # Copy of theta with the intercept zeroed: the penalty skips theta[0].
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X @ theta)

    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m \
        + (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)
    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg

    return float(np.squeeze(J)), grad
