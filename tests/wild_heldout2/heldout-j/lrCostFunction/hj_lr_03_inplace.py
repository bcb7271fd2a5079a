import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, Lambda):
    m = len(y)
    y = y.ravel()

    # theta_0 must not be regularised
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X.dot(theta))

    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m \
        + Lambda / (2.0 * m) * np.sum(theta_reg ** 2)
    grad = X.T.dot(h - y) / m + Lambda / float(m) * theta_reg

    return J, grad
