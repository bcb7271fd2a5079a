import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, l):
    m = len(y)
    y = y.reshape(-1)
    h = sigmoid(X @ theta)

    # don't penalise the intercept
    theta_r = theta
    theta_r[0] = 0

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + l / (2 * m) * np.sum(theta_r ** 2)
    grad = X.T @ (h - y) / m + (l / m) * theta_r
    return J, grad
