# ex3 - one-vs-all logistic regression, part 1: the vectorised cost
# cost and gradient are two functions so they can be given to
# scipy.optimize.minimize(fun=lrCostFunction, jac=lrGradient, ...)
# theta is 1-D (n,), y is the 1-D 0/1 vector (y == c).astype(int)
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    m = len(y)
    h = sigmoid(X @ theta)
    reg = lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    return (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m + reg


def lrGradient(theta, X, y, lambda_):
    m = len(y)
    h = sigmoid(X @ theta)
    grad = X.T @ (h - y) / m
    grad[1:] += lambda_ / m * theta[1:]
    return grad
