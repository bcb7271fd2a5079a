import numpy as np
from scipy.special import expit


def cost_function_reg(theta, reg, X, y):
    """Regularised logistic regression cost (theta[0] not penalised).

    Argument order follows scipy.optimize.minimize(..., args=(reg, X, y)).
    """
    m = y.size
    h = expit(X.dot(theta))
    J = -1.0 / m * (np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y)) \
        + reg / (2.0 * m) * np.sum(np.square(theta[1:]))
    return J.item()


def gradient_reg(theta, reg, X, y):
    """Gradient of cost_function_reg, flattened for minimize."""
    m = y.size
    h = expit(X.dot(theta.reshape(-1, 1)))
    grad = X.T.dot(h - y.reshape(-1, 1)) / m
    grad = grad + (reg / m) * np.r_[[[0]], theta[1:].reshape(-1, 1)]
    return grad.flatten()
