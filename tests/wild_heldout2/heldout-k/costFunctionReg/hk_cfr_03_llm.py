import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lambda_: float):
    """
    Regularized logistic-regression cost and gradient.

    Parameters
    ----------
    theta : (n,) parameter vector
    X : (m, n) design matrix including the intercept column
    y : (m,) binary labels
    lambda_ : regularization strength

    Returns
    -------
    J : float
    grad : (n,) gradient
    """
    m = y.shape[0]

    # The intercept term is not regularized.
    theta_reg = theta
    theta_reg[0] = 0.0

    h = sigmoid(X @ theta)

    J = (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m
    J += (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)

    grad = (X.T @ (h - y)) / m + (lambda_ / m) * theta_reg
    return J, grad
