import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    # theta comes in flat from scipy.optimize, X and y as loaded (y is m x 1)
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y, dtype=float)
    m = len(y)

    h = sigmoid(X * theta.T)
    J = (-y.T * np.log(h) - (1 - y).T * np.log(1 - h)) / m
    grad = X.T * (h - y) / m

    return J[0, 0], grad.A1
