import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lamda):
    theta = theta.reshape(-1, 1)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    m = len(y)

    # don't regularize the intercept term
    theta_reg = theta
    theta_reg[0] = 0

    h = sigmoid(X * theta)

    J = -(y.T * np.log(h) + (1 - y).T * np.log(1 - h)) / m \
        + (lamda / (2.0 * m)) * np.sum(np.power(theta_reg, 2))
    grad = X.T * (h - y) / m + (lamda / float(m)) * theta_reg

    return J[0, 0], grad.A1
