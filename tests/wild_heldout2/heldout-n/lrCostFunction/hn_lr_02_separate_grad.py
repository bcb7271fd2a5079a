import numpy as np
from utils.sigmoid import sigmoid


def lr_cost(theta, X, y, l):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X @ theta)
    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m
    J = J + l / (2 * m) * (theta[1:] ** 2).sum()
    return J.item()


def lr_grad(theta, X, y, l):
    # separate function so it can be handed to minimize(jac=...)
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X @ theta)
    g = X.T @ (h - y) / m
    g[1:] = g[1:] + l / m * theta[1:]
    return g.ravel()
