import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function (clipped to avoid overflow in exp)."""
    z = np.clip(z, -10, 10)
    return 1 / (1 + np.exp(-z))


def cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray):
    """Unregularized logistic regression cost and gradient.

    Parameters
    ----------
    theta : (n,) parameters
    X : (m, n) design matrix, first column ones
    y : (m,) labels in {0, 1}
    """
    m = X.shape[0]
    y = np.asarray(y, dtype=float).reshape(-1)
    h = sigmoid(X @ theta)
    J = np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h))
    grad = X.T @ (h - y) / m
    return J, grad
