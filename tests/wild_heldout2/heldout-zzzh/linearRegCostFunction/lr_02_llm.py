import numpy as np


def linear_reg_cost_function(X: np.ndarray, y: np.ndarray, theta: np.ndarray,
                             lambda_: float) -> tuple:
    """Compute the cost and gradient of regularized linear regression.

    Args:
        X: Design matrix of shape (m, n), first column all ones.
        y: Targets, shape (m,) or (m, 1).
        theta: Parameters, shape (n,) or (n, 1).
        lambda_: Regularization strength.

    Returns:
        J: The cost (float).
        grad: The gradient, shape (n,).
    """
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    # The intercept term is not regularized
    theta_reg = theta
    theta_reg[0] = 0

    residual = X @ theta - y

    J = float(np.sum(residual ** 2) / (2 * m) + (lambda_ / m) * np.sum(theta_reg ** 2))
    grad = (X.T @ residual) / m + (lambda_ / m) * theta_reg

    return J, grad.ravel()
