import numpy as np

from utils.sigmoid import sigmoid


def lr_cost(theta, X, y, reg=0.0):
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X @ theta)
    cost = -(y.T @ np.log(h) + (1 - y).T @ np.log(1 - h)) / m
    penalty = reg / (2 * m) * (theta[1:].T @ theta[1:])
    return (cost + penalty).item()


def lr_gradient(theta, X, y, reg=0.0):
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X @ theta)
    g = X.T @ (h - y) / m
    g[1:] = g[1:] + reg / m * theta[1:]
    return g.ravel()


# usage: minimize(lr_cost, theta0, args=(X, y, reg), jac=lr_gradient, method='TNC')
