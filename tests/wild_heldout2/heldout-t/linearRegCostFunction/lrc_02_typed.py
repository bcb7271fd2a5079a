from typing import Tuple

import numpy as np


def linear_reg_cost_function(
    X: np.ndarray, y: np.ndarray, theta: np.ndarray, lambda_: float = 0.0
) -> Tuple[float, np.ndarray]:
    """Regularized linear regression cost and gradient.

    Args:
        X: design matrix of shape (m, n + 1), first column of ones.
        y: targets, shape (m,) or (m, 1).
        theta: parameters, shape (n + 1,) or (n + 1, 1).
        lambda_: regularization strength.

    Returns:
        (J, grad) with grad of shape (n + 1,).
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.shape[0]

    residual = X @ theta - y
    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = float(residual @ residual) / (2 * m) + lambda_ / (2 * m) * float(theta_reg @ theta_reg)
    grad = X.T @ residual / m + (lambda_ / m) * theta_reg
    return J, grad
