import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    """Vectorized regularized logistic regression.
    theta: (n,) as passed by scipy.optimize.minimize, X: (m, n) with ones column.
    """
    m = len(y)
    y = y.flatten()

    # don't regularize the intercept
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X @ theta)

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + lambda_ / m * theta_reg

    return J, grad
