import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _column(y):
    # make y a column vector like in octave
    return y.reshape(len(y), 1)


def cost_function(theta, X, y):
    m = len(y)
    y = _column(y)
    h = sigmoid(X @ theta)
    J = -1 / m * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    return J


def gradient(theta, X, y):
    m = len(y)
    y = _column(y)
    h = sigmoid(X @ theta)
    grad = 1 / m * (X.T @ (h - y))
    return grad


# res = scipy.optimize.minimize(cost_function, np.zeros(n), args=(X, y),
#                               jac=gradient, method='TNC')
