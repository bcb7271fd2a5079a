import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost(theta, X, y):
    """Logistic regression cost. X already has the column of ones."""
    m = len(y)
    y = y.ravel()
    h = sigmoid(X.dot(theta.ravel()))
    return (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m


def gradient(theta, X, y):
    m = len(y)
    y = y.ravel()
    h = sigmoid(X.dot(theta.ravel()))
    return X.T.dot(h - y) / m


# usage:
# res = scipy.optimize.minimize(cost, initial_theta, args=(X, y), jac=gradient, method='TNC')
