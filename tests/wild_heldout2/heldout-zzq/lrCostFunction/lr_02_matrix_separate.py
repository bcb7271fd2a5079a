import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# X, y first (like sklearn), theta last; cost and gradient are two functions
# so they can be handed to scipy.optimize.fmin_cg(f, x0, fprime=...).

def lr_cost(X, y, theta, Lambda):
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = X.shape[0]

    h = sigmoid(X * theta)
    first = np.multiply(-y, np.log(h))
    second = np.multiply(1 - y, np.log(1 - h))
    reg = (Lambda / (2.0 * m)) * np.sum(np.power(theta[1:], 2))
    return float(np.sum(first - second) / m + reg)


def lr_gradient(X, y, theta, Lambda):
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = X.shape[0]

    error = sigmoid(X * theta) - y
    grad = (X.T * error) / m
    grad[1:] = grad[1:] + (Lambda / float(m)) * theta[1:]
    return grad.A1
