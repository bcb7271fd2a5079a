import numpy as np


def linear_reg_cost(theta, X, y, lmbda):
    """Regularised linear regression cost and gradient.

    Argument order follows scipy.optimize.minimize (theta first), i.e.
    minimize(linear_reg_cost, theta0, args=(X, y, lmbda), jac=True).
    X must include the column of ones.
    """
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    err = X @ theta - y
    J = (err.T @ err).item() / (2 * m) + lmbda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ err / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J, grad.flatten()
