# ex3 - multi-class classification, one-vs-all
# python 2.7
import numpy as np
from numpy import log, dot


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, l):
    m, n = X.shape
    theta = theta.reshape(n, 1)
    y = y.reshape(m, 1)

    h = sigmoid(dot(X, theta))

    reg = theta.copy()
    reg[0] = 0

    J = (-dot(y.T, log(h)) - dot((1 - y).T, log(1 - h))) / m + l / (2 * m) * dot(reg.T, reg)
    grad = dot(X.T, h - y) / m + l / m * reg

    if np.isnan(J[0, 0]):
        print "warning: cost is nan"
    return J[0, 0], grad.flatten()
