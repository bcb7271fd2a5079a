import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# cost and gradient kept apart so they can be handed to
# scipy.optimize.minimize(fun=costFunction, jac=gradient, ...)
# X already has the column of ones, y is a 1-D array of 0/1
def costFunction(theta, X, y):
    m = len(y)
    h = sigmoid(X.dot(theta))
    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m
    return J


def gradient(theta, X, y):
    m = len(y)
    h = sigmoid(X.dot(theta))
    return X.T.dot(h - y) / m
