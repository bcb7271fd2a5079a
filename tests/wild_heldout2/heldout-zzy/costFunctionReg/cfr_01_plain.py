import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, lambda_):
    m = y.size
    y = y.reshape(-1)
    theta = theta.reshape(-1)

    h = sigmoid(X.dot(theta))

    J = (1.0 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2.0 * m)) * np.sum(theta[1:] ** 2)

    grad = (1.0 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad
