import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    m = y.size
    if y.ndim == 2:
        y = y[:, 0]

    h = sigmoid(X @ theta)

    # cost (vectorized)
    J = (1 / m) * np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h))
    J = J + (lambda_ / (2 * m)) * np.sum(theta[2:] ** 2)

    # gradient, theta_0 is not regularized
    theta_reg = np.r_[0, theta[1:]]
    grad = (1 / m) * (X.T @ (h - y)) + (lambda_ / m) * theta_reg

    return J, grad
