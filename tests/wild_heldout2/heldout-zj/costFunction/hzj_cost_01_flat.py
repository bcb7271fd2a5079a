import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    # theta arrives 1-D from scipy.optimize.minimize, y is loadmat/loadtxt column
    m = len(y)
    y = y.flatten()

    h = sigmoid(X @ theta)
    J = (-y @ np.log(h) - (1 - y) @ np.log(1 - h)) / m
    grad = X.T @ (h - y) / m

    return J, grad
