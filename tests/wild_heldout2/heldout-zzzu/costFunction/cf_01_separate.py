import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost(theta, X, y):
    """Logistic regression cost. theta is the 1-D vector scipy passes."""
    m = len(y)
    y = y.flatten()
    h = sigmoid(X.dot(theta))
    return (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m


def gradient(theta, X, y):
    """Gradient of cost(), returned 1-D for scipy.optimize."""
    m = len(y)
    y = y.flatten()
    h = sigmoid(X.dot(theta))
    return X.T.dot(h - y) / m
