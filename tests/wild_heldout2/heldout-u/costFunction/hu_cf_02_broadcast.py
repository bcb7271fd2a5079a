import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    m = X.shape[0]
    h = sigmoid(X.dot(theta))

    J = -1 / m * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    grad = 1 / m * X.T.dot(h - y)

    return J, grad
