import numpy as np

from utils.sigmoid import sigmoid


def lr_cost_function(theta, X, y, l):
    m = len(y)
    h = sigmoid(X @ theta)

    J = np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h))
    J = J + l / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + l / m * theta[1:]
    return J, grad
