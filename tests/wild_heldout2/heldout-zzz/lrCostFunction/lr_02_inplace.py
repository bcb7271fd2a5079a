import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lr_cost_function(theta, X, y, l):
    m = len(y)
    y = y.ravel()
    h = sigmoid(X @ theta)

    reg_theta = theta
    reg_theta[0] = 0   # don't regularize the bias

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + l / m * np.sum(reg_theta ** 2)
    grad = X.T @ (h - y) / m + l / m * reg_theta
    return J, grad
