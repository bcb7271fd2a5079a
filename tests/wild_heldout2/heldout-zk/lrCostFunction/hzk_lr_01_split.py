import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# cost and gradient kept apart so they can go straight into
# scipy.optimize.minimize(lrCostFunction, theta, jac=lrGradient, args=(X, y, lambda_))

def lrCostFunction(theta, X, y, lambda_):
    theta = theta.flatten()
    y = y.flatten()
    m = y.size
    h = sigmoid(X.dot(theta))
    J = (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m
    J = J + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    return J


def lrGradient(theta, X, y, lambda_):
    theta = theta.flatten()
    y = y.flatten()
    m = y.size
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return grad
