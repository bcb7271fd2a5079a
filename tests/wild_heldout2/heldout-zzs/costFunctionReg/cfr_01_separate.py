import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function_reg(X, y, theta, reg):
    m = y.size
    h = sigmoid(X.dot(theta))
    J = -(1 / m) * (np.log(h).dot(y) + np.log(1 - h).dot(1 - y)) \
        + (reg / (2 * m)) * np.sum(np.square(theta[1:]))
    return J


def gradient_reg(X, y, theta, reg):
    m = y.size
    h = sigmoid(X.dot(theta))
    grad = (1 / m) * X.T.dot(h - y) + (reg / m) * np.r_[0, theta[1:]]
    return grad
