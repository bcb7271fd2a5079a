import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, lmbda):
    m = len(y)
    theta = theta.reshape(-1, 1)

    h = sigmoid(np.dot(X, theta))

    J = -1.0 / m * (np.dot(y.T, log(h)) + np.dot((1 - y).T, log(1 - h)))
    J = J + lmbda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = 1.0 / m * np.dot(X.T, h - y)
    grad[1:] = grad[1:] + lmbda / m * theta[1:]

    print "cost:", J[0][0]
    return J[0][0], grad.flatten()
