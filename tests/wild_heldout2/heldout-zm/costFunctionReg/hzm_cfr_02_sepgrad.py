import numpy as np
from scipy.special import expit


def cost_function_reg(theta, X, y, l):
    """Regularised logistic regression cost (J only, use with jac=gradient_reg)."""
    m = y.size
    y = y.reshape(m)
    h = expit(X.dot(theta))
    J = -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m
    J += l / (2.0 * m) * theta[1:].dot(theta[1:])
    return J


def gradient_reg(theta, X, y, l):
    m = y.size
    y = y.reshape(m)
    h = expit(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] += l / m * theta[1:]
    return grad
