import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lmbda):
    """ theta (n,), X (m, n) incl. bias column, y 1-D array of 0/1 """
    m = len(y)
    h = sigmoid(np.dot(X, theta))

    reg_theta = np.copy(theta)
    reg_theta[0] = 0

    J = (1. / m) * (-np.dot(y, log(h)) - np.dot(1 - y, log(1 - h))) + lmbda / (2 * m) * np.sum(reg_theta ** 2)
    grad = (1. / m) * np.dot(X.T, h - y) + (lmbda / m) * reg_theta

    print "J =", J
    return J, grad
