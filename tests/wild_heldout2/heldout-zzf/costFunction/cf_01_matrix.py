import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    # work with np.matrix so that * is the matrix product, like in Octave
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = y.shape[0]

    h = sigmoid(X * theta)
    J = (-y.T * np.log(h) - (1 - y).T * np.log(1 - h)) / m
    grad = X.T * (h - y) / m

    return J[0, 0], grad.A1
