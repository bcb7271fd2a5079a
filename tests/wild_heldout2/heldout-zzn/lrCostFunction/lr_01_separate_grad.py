import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# cost and gradient are passed separately to scipy.optimize.minimize(fun=..., jac=...)
def lrCostFunction(theta, X, y, lmbda):
    m = len(y)
    y = y.flatten()
    theta = theta.flatten()
    h = sigmoid(X.dot(theta))
    reg = lmbda / (2.0 * m) * np.sum(theta[1:] ** 2)
    return (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m + reg


def lrGradient(theta, X, y, lmbda):
    m = len(y)
    y = y.flatten()
    theta = theta.flatten()
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad
