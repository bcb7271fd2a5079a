import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function(X, y, theta):
    """Logistic regression cost. theta is the flat vector scipy.optimize passes."""
    m = len(y)
    y = y.flatten()
    h = sigmoid(X.dot(theta))
    J = -(1.0 / m) * (np.log(h).dot(y) + np.log(1 - h).dot(1 - y))
    return J


def gradient(X, y, theta):
    """Gradient of the logistic regression cost, same shape as theta."""
    m = len(y)
    h = sigmoid(X.dot(theta))
    return (1.0 / m) * X.T.dot(h - y.flatten())
