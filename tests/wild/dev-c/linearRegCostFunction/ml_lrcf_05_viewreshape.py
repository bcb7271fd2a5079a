import numpy as np


def linear_reg_cost(X, y, theta, reg):
    """Cost and gradient for regularised linear regression (ex5).

    X already has the bias column. theta can come flat from minimize.
    """
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    err = X @ theta - y
    J = (err.T @ err).item() / (2 * m) + reg / m * np.sum(theta[1:] ** 2)

    # bias term is not regularised
    theta[0] = 0
    grad = (X.T @ err + reg * theta) / m

    return J, grad.ravel()
