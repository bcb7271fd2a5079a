import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    m = len(y)
    h = sigmoid(np.dot(X, theta))
    J = -(1.0 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    return J


def gradient(theta, X, y):
    m = len(y)
    h = sigmoid(np.dot(X, theta))
    grad = (1.0 / m) * np.dot(X.T, h - y)
    return grad


# usage:
# import scipy.optimize as opt
# result = opt.fmin_tnc(func=cost, x0=initial_theta, fprime=gradient, args=(X, y))
