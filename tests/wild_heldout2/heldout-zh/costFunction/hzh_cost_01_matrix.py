import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    """Logistic regression cost and gradient (ex2), written with np.matrix
    so the formulas read like the Octave ones.

    theta can be the flat vector that scipy.optimize passes in.
    """
    theta = np.matrix(theta, dtype=float).reshape(-1, 1)
    X = np.matrix(X, dtype=float)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = len(y)

    h = sigmoid(X * theta)
    J = (-y.T * np.log(h) - (1 - y).T * np.log(1 - h)) / m
    grad = X.T * (h - y) / m

    return J[0, 0], grad.A1
