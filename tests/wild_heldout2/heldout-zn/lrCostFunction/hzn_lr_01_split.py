import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    """Cost only; theta and y are flat arrays (as scipy.optimize passes them)."""
    m = len(y)
    h = sigmoid(X.dot(theta))
    reg = lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    J = -(1 / m) * (y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) + reg
    return J


def lrGradient(theta, X, y, lambda_):
    """Gradient of lrCostFunction, for minimize(..., jac=lrGradient)."""
    m = len(y)
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return grad
