import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    """theta comes in flat from scipy.optimize, y is (m, 1) from loadmat."""
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = X @ theta
    J = np.sum((h - y) ** 2) / (2 * m) + Lambda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + Lambda / m * theta[1:]

    return J, grad.flatten()
