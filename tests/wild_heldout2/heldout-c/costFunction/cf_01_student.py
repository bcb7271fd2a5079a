import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    """Logistic regression cost and gradient.
    theta comes in flat from scipy.optimize, y is the (m, 1) column from the data file."""
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X.dot(theta))
    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m

    return J[0, 0], grad.flatten()
