import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Compute the regularized logistic regression cost and gradient.

    Args:
        theta: parameter vector of shape (n,).
        X: design matrix of shape (m, n), first column all ones.
        y: labels (0 or 1), as loaded from the .mat file.
        lambda_: regularization strength.

    Returns:
        (J, grad): the scalar cost and the gradient of shape (n,).
    """
    m = y.shape[0]
    h = sigmoid(X @ theta)

    error = h - y
    cost = -(y * np.log(h) + (1 - y) * np.log(1 - h)).mean()
    reg = (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)
    J = cost + reg

    grad = (X.T @ error) / m
    grad = grad.mean(axis=1) if grad.ndim == 2 else grad
    grad[1:] += (lambda_ / m) * theta[1:]

    return J, grad
