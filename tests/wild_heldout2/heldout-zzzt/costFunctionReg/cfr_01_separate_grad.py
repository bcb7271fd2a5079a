import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function_reg(theta, X, y, lmbda):
    """Regularized logistic regression cost (for scipy.optimize.minimize)."""
    m = y.size
    h = sigmoid(X.dot(theta))
    J = -1 * (1 / m) * (np.log(h).dot(y) + np.log(1 - h).dot(1 - y)) \
        + (lmbda / (2 * m)) * np.sum(np.square(theta[1:]))
    return J


def gradient_reg(theta, X, y, lmbda):
    """Gradient of cost_function_reg, pass as jac=."""
    m = y.size
    h = sigmoid(X.dot(theta.reshape(-1, 1)))
    grad = (1 / m) * X.T.dot(h - y.reshape(-1, 1)) \
        + (lmbda / m) * np.r_[[[0]], theta[1:].reshape(-1, 1)]
    return grad.flatten()
