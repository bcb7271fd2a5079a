import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = X.dot(theta)
    J = (1 / (2 * m)) * np.sum((h - y) ** 2) + (Lambda / (2 * m)) * np.sum(theta[2:] ** 2)

    grad = (1 / m) * X.T.dot(h - y) + (Lambda / m) * theta

    return J, grad.flatten()
