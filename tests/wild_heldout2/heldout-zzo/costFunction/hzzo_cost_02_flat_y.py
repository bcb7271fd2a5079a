import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.flatten()

    h = sigmoid(X.dot(theta))

    J = -(1.0 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    grad = (1.0 / m) * X.T.dot(h - y)

    return J, grad.flatten()
