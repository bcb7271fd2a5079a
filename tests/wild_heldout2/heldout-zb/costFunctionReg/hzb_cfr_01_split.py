import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, lambda_):
    m = len(y)
    y = y.ravel()
    h = sigmoid(X.dot(theta))
    reg = (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)
    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m + reg
    return J


def gradientReg(theta, X, y, lambda_):
    m = len(y)
    y = y.ravel()
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return grad


# res = minimize(costFunctionReg, initial_theta, args=(X, y, 1.0),
#                jac=gradientReg, method='BFGS')
