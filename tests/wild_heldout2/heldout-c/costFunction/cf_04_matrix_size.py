import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    # work with matrices like in Octave
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)

    m = np.size(X, 1)  # number of training examples

    h = sigmoid(X * theta)
    J = (-y.T * np.log(h) - (1 - y).T * np.log(1 - h)) / m
    grad = (X.T * (h - y)) / m

    return J.item(), grad.A1
