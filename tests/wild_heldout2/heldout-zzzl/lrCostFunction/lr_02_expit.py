import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, reg):
    # X: (m, n) with ones column, y: (m, 1) labels as in ex3data1.mat
    m = len(y)
    theta = theta.reshape(-1, 1)

    h = expit(X @ theta)

    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m
    J = J + reg / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + reg / m * theta[1:]

    return J[0, 0], grad
