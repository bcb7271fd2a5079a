import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta, X, y, Lambda):
    """Regularized logistic regression: returns (J, grad).

    y is expected flat (use y.ravel() on the loadmat column)."""
    m = len(y)
    h = sigmoid(X @ theta)

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    J += Lambda / 2 * m * np.sum(theta[1:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] += Lambda / m * theta[1:]
    return J, grad
