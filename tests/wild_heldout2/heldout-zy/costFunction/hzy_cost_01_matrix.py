import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def compute_cost(theta, X, y):
    # theta comes in 1-D from scipy.optimize, turn everything into matrices
    t = np.matrix(theta).T
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = X.shape[0]
    h = sigmoid(X * t)
    J = (-y.T * np.log(h) - (1 - y).T * np.log(1 - h)) / m
    return J[0, 0]


def compute_grad(theta, X, y):
    t = np.matrix(theta).T
    X = np.matrix(X)
    y = np.matrix(y, dtype=float).reshape(-1, 1)
    m = X.shape[0]
    h = sigmoid(X * t)
    grad = X.T * (h - y) / m
    return grad.A1
