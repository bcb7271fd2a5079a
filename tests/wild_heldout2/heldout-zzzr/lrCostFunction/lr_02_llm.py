"""Regularised logistic regression cost (vectorised), ported from lrCostFunction.m."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray,
                     lambda_: float) -> tuple[float, np.ndarray]:
    """Compute the regularised logistic regression cost and gradient.

    Args:
        theta: parameter vector of shape (n,) or (n, 1).
        X: design matrix of shape (m, n), first column all ones.
        y: binary labels of shape (m,) or (m, 1).
        lambda_: regularisation parameter.

    Returns:
        A tuple (J, grad) where grad has shape (n,).
    """
    m = y.shape[0]
    y = y.reshape(-1)

    # Parameters used in the penalty: the bias term theta_0 is not regularised.
    theta_reg = theta.reshape(-1)
    theta_reg[0] = 0.0

    h = sigmoid(X @ theta.reshape(-1))

    J = (-(y @ np.log(h)) - (1 - y) @ np.log(1 - h)) / m \
        + (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)
    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg

    return float(J), grad
