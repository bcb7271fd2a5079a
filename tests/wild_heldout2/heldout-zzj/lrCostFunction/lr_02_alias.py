"""Vectorised regularised logistic regression (ex3 lrCostFunction)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Cost and gradient of regularised logistic regression.

    Args:
        theta: parameters, shape (n,)
        X: design matrix with the intercept column, shape (m, n)
        y: labels in {0, 1}, shape (m,) or (m, 1)
        lambda_: regularisation strength
    Returns:
        (J, grad) with grad of shape (n,)
    """
    y = np.asarray(y, dtype=float).reshape(-1)
    m = y.shape[0]

    # theta(1) is not regularised
    theta_reg = theta
    theta_reg[0] = 0.0

    h = sigmoid(X @ theta)

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + lambda_ / (2 * m) * theta_reg

    return J, grad
