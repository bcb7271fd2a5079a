import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function_reg(theta, X, y, lmbda):
    theta = theta.flatten()
    y = y.flatten()
    m = len(y)
    h = sigmoid(X.dot(theta))
    reg = (lmbda / (2.0 * m)) * np.sum(np.square(theta[1:]))
    return (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m + reg


def gradient_reg(theta, X, y, lmbda):
    theta = theta.flatten()
    y = y.flatten()
    m = len(y)
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad


# scipy.optimize.minimize(cost_function_reg, initial_theta, args=(X, y, 1.0),
#                         jac=gradient_reg, method='TNC')
