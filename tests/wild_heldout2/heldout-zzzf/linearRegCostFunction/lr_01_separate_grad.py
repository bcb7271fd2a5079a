import numpy as np


# cost and gradient split up so they can go straight into scipy.optimize.minimize(fun, x0, jac=...)

def linear_reg_cost(theta, X, y, lmbda):
    m = X.shape[0]
    y = y.ravel()
    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m) + lmbda / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def linear_reg_grad(theta, X, y, lmbda):
    m = X.shape[0]
    y = y.ravel()
    h = X @ theta
    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad
