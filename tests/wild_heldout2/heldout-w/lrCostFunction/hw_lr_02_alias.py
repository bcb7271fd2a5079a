import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta, X, y, lambda_):
    """Vectorised regularised logistic regression (ex3).

    theta: (n,) or (n, 1), y: (m, 1) or (m,) with 0/1 entries.
    Returns J (float) and grad (n, 1).
    """
    m = len(y)
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)

    # don't regularize theta_0
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X @ theta)

    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m \
        + (lambda_ / (2 * m)) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg

    return J.item(), grad
