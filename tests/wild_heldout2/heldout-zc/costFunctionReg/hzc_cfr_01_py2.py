import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, Lambda):
    y = y.flatten()
    m = len(y)
    n = len(theta)

    h = sigmoid(X.dot(theta))

    J = (1.0 / m) * (-y.T.dot(log(h)) - (1 - y).T.dot(log(1 - h)))
    reg = Lambda / (2 * m) * np.sum(theta[1:] ** 2)
    J = J + reg

    grad = np.zeros(n)
    for j in xrange(n):
        grad[j] = (1.0 / m) * np.sum((h - y) * X[:, j])
        if j > 0:
            grad[j] = grad[j] + (1.0 / m) * theta[j]

    print 'cost:', J
    return J, grad
