import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function(theta, X, y):
    """Logistic regression cost. theta is 1-D (as scipy passes it), y is 1-D."""
    m = len(y)
    h = sigmoid(X @ theta)
    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    return J


def gradient(theta, X, y):
    """Gradient of cost_function, returned 1-D for scipy.optimize (jac=gradient)."""
    m = len(y)
    h = sigmoid(X @ theta)
    return X.T @ (h - y) / m


# usage:
# res = scipy.optimize.minimize(cost_function, np.zeros(n), args=(X, y), jac=gradient, method='TNC')
