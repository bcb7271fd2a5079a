import numpy as np


def linear_reg_cost(theta, X, y, lambda_=0.0):
    """Regularized linear regression cost and gradient.

    X is the raw feature matrix (m x p); the column of ones is added here.
    theta first so the function can be handed to scipy.optimize.minimize.
    """
    m = X.shape[0]
    X = np.c_[np.ones(m), X]
    y = y.reshape(-1)
    theta = theta.reshape(-1)

    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m) + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return J, grad
