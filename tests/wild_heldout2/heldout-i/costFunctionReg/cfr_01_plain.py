import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, lmbda):
    """Regularized logistic regression cost and gradient.
    theta may be 1-D (as passed by scipy.optimize) -> make it a column."""
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X.dot(theta))

    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m
    J = J + lmbda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J[0, 0], grad.flatten()
