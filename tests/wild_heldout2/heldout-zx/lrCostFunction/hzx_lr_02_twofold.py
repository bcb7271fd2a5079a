import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, l):
    m = y.size
    y = y.reshape(m)
    h = expit(np.dot(X, theta))

    J = (1. / m) * (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h))) \
        + (l / m) * np.sum(theta[1:] ** 2)

    grad = (1. / m) * np.dot(X.T, h - y) + (l / m) * theta

    return J, grad
