import numpy as np

from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, Lambda):
    # theta comes in 1-D from scipy.optimize.minimize
    m = len(y)
    y = y.ravel()
    h = sigmoid(X @ theta)
    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m
    J = J + Lambda / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def lrGradient(theta, X, y, Lambda):
    m = len(y)
    y = y.ravel()
    h = sigmoid(X @ theta)
    reg = Lambda / m * theta
    reg[0] = 0
    return X.T @ (h - y) / m + reg
