import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    m = y.size

    h = sigmoid(X.dot(theta))

    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m \
        + (lambda_ / (2 * m)) * np.sum(np.square(theta[2:]))

    # don't regularize the intercept
    temp = theta
    temp[0] = 0

    grad = X.T.dot(h - y) / m + (lambda_ / m) * temp

    return J, grad
