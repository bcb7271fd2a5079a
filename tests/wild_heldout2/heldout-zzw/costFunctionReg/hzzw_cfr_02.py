import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function_reg(theta, X, y, l):
    """Regularized logistic regression cost (theta[0] not penalised)."""
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))
    J = -(1 / m) * (y.T.dot(np.log(h)) + (1 - y).T.dot(np.log(1 - h)))
    J = J + l / (2 * m) * np.sum(np.square(theta[1:]))
    return J[0, 0]


def gradient_reg(theta, X, y, l):
    """Gradient of cost_function_reg, flattened for scipy.optimize."""
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))
    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (l / m) * theta[1:]
    return grad.flatten()
