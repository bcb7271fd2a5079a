import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function(theta, X, y):
    """Calculate the cost and the gradient for given theta, X and y"""
    m, n = X.shape
    theta = theta.reshape((n, 1))
    y = y.reshape((m, 1))

    x_dot_theta = X.dot(theta)
    J = -np.sum(y * np.log(sigmoid(x_dot_theta)) + (1 - y) * np.log(1 - sigmoid(x_dot_theta))) / m

    grad = X.T.dot(sigmoid(x_dot_theta) - y)

    return J, grad
