import numpy as np
from scipy.special import expit


def lr_cost_function(theta, X, y, lambda_):
    """Vectorised regularised logistic regression: returns (J, grad)."""
    m = y.shape[0]
    y = y.reshape(m)

    # intercept is not regularised
    theta_reg = theta
    theta_reg[0] = 0

    h = expit(X @ theta)

    J = (-(y @ np.log(h)) - (1 - y) @ np.log(1 - h)) / m \
        + lambda_ / (2 * m) * np.sum(theta_reg ** 2)
    grad = X.T @ (h - y) / m + (lambda_ / m) * theta_reg

    return J, grad
