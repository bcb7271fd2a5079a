import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    """J, grad for (unregularized) logistic regression.

    Uses numpy matrices so the formulas read like the Octave ones.
    """
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)
    J = (-y.T * np.log(h) - (1 - y).T * np.log(1 - h)) / m
    grad = X.T * (h - y) / m

    return J.item(), grad.A1
