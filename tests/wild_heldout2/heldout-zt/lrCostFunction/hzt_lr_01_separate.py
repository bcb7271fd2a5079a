import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y, lmbda):
    m = len(y)
    y = np.asarray(y, dtype=float).ravel()
    h = sigmoid(X @ theta)
    reg = (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)
    return -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + reg


def gradient(theta, X, y, lmbda):
    m = len(y)
    y = np.asarray(y, dtype=float).ravel()
    h = sigmoid(X @ theta)
    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad


# usage with scipy:
#   res = minimize(cost, theta0, args=(X, y == c, lmbda), jac=gradient, method='TNC')
