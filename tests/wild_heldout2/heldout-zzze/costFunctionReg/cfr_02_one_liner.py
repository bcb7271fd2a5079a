import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function_reg(theta, X, y, lmbda):
    m = len(y)
    h = sigmoid(X @ theta)
    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + lmbda / 2 * m * np.sum(theta[1:] ** 2)
    grad = (X.T @ (h - y) + lmbda * theta) / m
    return J, grad
