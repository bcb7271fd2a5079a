import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function(theta, X, y):
    """Logistic regression cost. theta is 1-D (as scipy.optimize passes it)."""
    y = np.asarray(y).ravel()
    m = y.size
    h = sigmoid(X.dot(theta))
    return (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m


def gradient(theta, X, y):
    y = np.asarray(y).ravel()
    m = y.size
    h = sigmoid(X.dot(theta))
    return X.T.dot(h - y) / m


# res = scipy.optimize.minimize(cost_function, np.zeros(3), args=(X, y),
#                               jac=gradient, method='TNC')
