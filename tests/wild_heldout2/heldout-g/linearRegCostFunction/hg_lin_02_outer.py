import numpy as np


def linear_reg_cost(X, y, theta, lmbda):
    """Cost and gradient for regularised linear regression (ex5)."""
    m = y.shape[0]
    theta = theta.reshape((-1, 1))
    y = y.reshape((-1, 1))

    residual = X @ theta - y
    J = np.sum(residual.T * residual) / (2 * m)
    J = J + (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)

    reg = (lmbda / m) * theta
    reg[0] = 0
    grad = (X.T @ residual) / m + reg

    return J, grad.ravel()
