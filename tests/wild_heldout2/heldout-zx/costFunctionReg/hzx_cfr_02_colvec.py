import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, lmbda):
    # work with column vectors like in Octave
    m, n = X.shape
    theta = theta.reshape((n, 1))
    y = y.reshape((m, 1))

    h = sigmoid(X.dot(theta))

    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m
    J = J + (lmbda / (2.0 * m)) * np.sum(np.power(theta[2:], 2))

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / float(m)) * theta[1:]

    return J[0][0], grad
