import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function_reg(theta, X, y, reg):
    """theta (n,), X (m, n) incl. intercept column, y (m,) of 0/1"""
    m = y.size
    h = sigmoid(np.dot(X, theta))

    J = -1 * (np.dot(y.T, np.log(h)) + np.dot((1 - y).T, np.log(1 - h))) / m
    # theta[0] is not regularized
    J = J + (reg / (2 * m)) * np.dot(theta.T, theta) - theta[0] ** 2

    grad = np.dot(X.T, h - y) / m + (reg / m) * theta
    grad[0] = grad[0] - (reg / m) * theta[0]

    return J, grad
