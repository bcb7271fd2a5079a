import numpy as np
from sigmoid import sigmoid


def lrCostFunction(theta, X, y, Lambda):
    m = len(y)
    theta = theta.reshape((X.shape[1], 1))
    y = y.reshape((m, 1))

    h = sigmoid(np.dot(X, theta))

    J = -(np.dot(y.T, np.log(h)) + np.dot((1 - y).T, np.log(1 - h))) / m
    J = J + Lambda / (2 * m) * np.sum(np.power(theta[1:], 2))

    grad = np.dot(X.T, h - y) / m
    grad[1:] = grad[1:] + Lambda / m * theta[1:]

    print 'Cost at theta: %f' % J

    return J[0][0], grad.flatten()
