import numpy as np


def linear_reg_cost_function(X: np.ndarray, y: np.ndarray, theta: np.ndarray, lambda_: float):
    """
    Regularized linear regression cost and gradient.

    Parameters
    ----------
    X : ndarray, shape (m, n)
        Design matrix including the intercept column of ones.
    y : ndarray, shape (m,) or (m, 1)
        Target values.
    theta : ndarray, shape (n,) or (n, 1)
        Model parameters.
    lambda_ : float
        Regularization parameter.

    Returns
    -------
    J : float
        The regularized cost.
    grad : ndarray, shape (n,)
        Gradient of the cost with respect to theta.
    """
    y = np.asarray(y, dtype=float).ravel()
    theta = np.asarray(theta, dtype=float).ravel()
    m = y.shape[0]

    residual = X @ theta - y

    # Do not regularize the intercept term theta[0]
    reg_cost = (lambda_ / (2 * m)) * np.sum(theta[2:] ** 2)
    J = (residual @ residual) / (2 * m) + reg_cost

    grad = (X.T @ residual) / m + (lambda_ / m) * theta

    return float(J), grad
