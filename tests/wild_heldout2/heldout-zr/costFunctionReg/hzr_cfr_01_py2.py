import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, lambda_):
    m = len(y)
    y = y.flatten()
    h = sigmoid(X.dot(theta))

    reg_theta = theta.copy()
    reg_theta[0] = 0

    J = (-y.dot(log(h)) - (1 - y).dot(log(1 - h))) / m + lambda_ / (2 * m) * np.sum(reg_theta ** 2)
    grad = X.T.dot(h - y) / m + (lambda_ / m) * reg_theta

    return J, grad


if __name__ == '__main__':
    X = np.array([[1, 0.5, 1.5], [1, -1.0, 0.3], [1, 2.0, -0.7]])
    y = np.array([[1], [0], [1]])
    J, grad = costFunctionReg(np.zeros(3), X, y, 1)
    print 'Cost at initial theta (zeros):', J
    print 'Gradient at initial theta (zeros):', grad
