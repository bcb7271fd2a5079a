import numpy as np


def sigmoid(z):
    return 1. / (1. + np.exp(-z))


def lrCostFunction(theta, X, y, lmbda, return_grad=True):
    m = len(y)

    h = sigmoid(np.dot(X, theta))

    J = -(1. / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) \
        + (lmbda / (2. * m)) * np.sum(theta[1:] ** 2)

    grad = (1. / m) * np.dot(X.T, h - y) + (lmbda / m) * theta

    if return_grad:
        return J, grad
    return J
