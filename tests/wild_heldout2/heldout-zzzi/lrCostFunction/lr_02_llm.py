"""Vectorised, regularised logistic regression cost (port of lrCostFunction.m)."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Compute the regularised logistic regression cost and gradient.

    Args:
        theta: parameter vector, shape (n,).
        X: design matrix with the intercept column, shape (m, n).
        y: binary labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        J (float) and grad (np.ndarray of shape (n,)).
    """
    y = y.reshape(-1)
    m = y.shape[0]

    h = sigmoid(X @ theta)

    # Cost (the intercept theta(1) is not regularised)
    J = (-(y @ np.log(h)) - ((1 - y) @ np.log(1 - h))) / m
    J += (lambda_ / (2 * m)) * np.sum(theta[2:] ** 2)

    # Gradient
    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta

    return float(J), grad
