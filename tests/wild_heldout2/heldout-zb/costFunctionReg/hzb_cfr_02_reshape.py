import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunctionReg(theta, X, y, Lambda):
    m = len(y)
    theta = theta.reshape(-1, 1)      # minimize() passes a flat array
    h = sigmoid(X.dot(theta))

    J = (-1.0 / m) * (y.T.dot(np.log(h)) + (1 - y).T.dot(np.log(1 - h)))
    J = J + (Lambda / m) * np.sum(np.square(theta[1:]))

    grad = (1.0 / m) * X.T.dot(h - y) + (Lambda / m) * theta

    return J[0, 0], grad.flatten()
