import numpy as np
from math import log, exp


def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))


def costFunction(theta, X, y):
    m, n = X.shape
    J = 0.0
    grad = np.zeros(n)
    for i in xrange(1, m):
        h = sigmoid(np.dot(X[i], theta))
        J += -y[i] * log(h) - (1 - y[i]) * log(1 - h)
        for j in xrange(n):
            grad[j] += (h - y[i]) * X[i, j]
    J = J / m
    grad = grad / m
    print "cost:", J
    return J, grad
