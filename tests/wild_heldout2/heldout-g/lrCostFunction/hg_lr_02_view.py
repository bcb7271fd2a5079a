import numpy as np
from scipy.special import expit as sigmoid


def lr_cost_function(theta, X, y, lambda_):
    """Vectorised regularised logistic regression. Returns (J, grad)."""
    theta = theta.ravel()
    y = y.ravel()
    m = y.size

    h = sigmoid(X @ theta)

    # don't penalise the intercept
    theta_reg = theta
    theta_reg[0] = 0

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    J += lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + lambda_ / m * theta_reg

    return J, grad
