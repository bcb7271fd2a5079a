"""Regularized linear regression cost and gradient (translated from linearRegCostFunction.m)."""
import numpy as np


def linear_reg_cost_function(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                             lambda_: float):
    """Compute cost and gradient for regularized linear regression.

    Parameters
    ----------
    X : (m, n) design matrix, first column all ones.
    y : (m,) targets.
    theta : (n,) parameters.
    lambda_ : regularization parameter.

    Returns
    -------
    J : float
    grad : (n,) ndarray
    """
    m = y.shape[0]
    y = y.ravel()

    # Copy of theta with the intercept zeroed (the bias is not regularized).
    theta_reg = theta
    theta_reg[0] = 0

    residual = X @ theta - y

    J = np.sum(residual ** 2) / (2 * m) + (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)
    grad = (X.T @ residual) / m + (lambda_ / m) * theta_reg
    return J, grad
