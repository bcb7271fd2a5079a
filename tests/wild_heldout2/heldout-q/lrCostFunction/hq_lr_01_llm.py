"""Vectorised, regularised logistic-regression cost (ex3 ``lrCostFunction``)."""
import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """Return the cost and gradient of regularised logistic regression.

    Parameters
    ----------
    theta : ndarray, shape (n,) or (n, 1)
        Model parameters; ``theta[0]`` is the intercept and is not regularised.
    X : ndarray, shape (m, n)
        Design matrix including the column of ones.
    y : ndarray, shape (m,) or (m, 1)
        Binary targets.
    lambda_ : float
        Regularisation parameter.

    Returns
    -------
    J : float
    grad : ndarray, shape (n,)
    """
    theta = np.asarray(theta, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    m = y.shape[0]

    h = _sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0.0

    J = (-(y @ np.log(h)) - (1.0 - y) @ np.log(1.0 - h)) / m
    J += (lambda_ / (2.0 * m)) * np.sum(theta_reg ** 2)

    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg
    return float(J), grad
