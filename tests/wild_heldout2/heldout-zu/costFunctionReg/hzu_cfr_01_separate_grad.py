import numpy as np

from utils.sigmoid import sigmoid


def cost_function_reg(theta, X, y, reg):
    """Regularised logistic regression cost (no gradient, see gradient_reg)."""
    m = y.size
    y = y.flatten()
    h = sigmoid(X.dot(theta))
    first = -y * np.log(h)
    second = (1 - y) * np.log(1 - h)
    penalty = reg / (2.0 * m) * np.sum(np.square(theta[1:]))
    return np.sum(first - second) / m + penalty


def gradient_reg(theta, X, y, reg):
    """Gradient of cost_function_reg, for scipy.optimize (jac=gradient_reg)."""
    m = y.size
    y = y.flatten()
    error = sigmoid(X.dot(theta)) - y
    grad = X.T.dot(error) / m
    grad[1:] = grad[1:] + (reg / m) * theta[1:]
    return grad
