import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lr_cost_function(theta, X, y, lambda_, return_grad=True):
    """Vectorised regularised logistic regression cost.

    X is the raw (m, n) pixel matrix; the intercept column is added here,
    so theta has n + 1 entries (theta[0] is the intercept).
    """
    m = X.shape[0]
    X = np.column_stack((np.ones(m), X))
    y = y.ravel()

    h = sigmoid(X @ theta)

    theta_reg = theta.copy()
    theta_reg[0] = 0

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + lambda_ / (2 * m) * (theta_reg @ theta_reg)
    if not return_grad:
        return J

    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg
    return J, grad
