import numpy as np


def linearRegCostFunction(X, y, theta, lamb):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = len(y)

    h = X * theta
    J = 1.0 / (2 * m) * (h - y).T * (h - y) + lamb / (2.0 * m) * theta.T * theta

    grad = 1.0 / m * X.T * (h - y)
    reg = lamb / (2.0 * m) * theta
    reg[0] = 0
    grad = grad + reg

    return J.item(0), grad.A1
