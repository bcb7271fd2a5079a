import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost(theta, X, y):
    """Logistic regression cost. X already has the column of ones."""
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)
    first = np.multiply(-y, np.log(h))
    second = np.multiply(1 - y, np.log(1 - h))
    return float(np.sum(first - second) / m)


def gradient(theta, X, y):
    """Gradient of the cost, flat so that scipy.optimize can use it as jac."""
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    error = sigmoid(X * theta) - y
    grad = X.T * error / m
    return grad.A1


# result = opt.fmin_tnc(func=cost, x0=theta, fprime=gradient, args=(X, y))
