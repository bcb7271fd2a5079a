import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    # minimize passes theta as a flat array, make everything column vectors
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(np.dot(X, theta))

    temp = theta.copy()
    temp[0] = 0

    J = (1 / m) * (-np.dot(y.T, np.log(h)) - np.dot((1 - y).T, np.log(1 - h))) \
        + (lambda_ / (2 * m)) * np.sum(np.square(temp))

    grad = (1 / m) * np.dot(X.T, h - y) + (lambda_ / m) * temp

    return J.item(), grad.flatten()
