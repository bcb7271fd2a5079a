import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    """Cost and gradient for logistic regression.

    theta : (n,) parameters, as passed by scipy.optimize.minimize
    X     : (m, n) design matrix with the intercept column
    y     : (m, 1) labels, as loaded from ex2data1
    """
    m = len(y)
    h = sigmoid(X.dot(theta))

    J = (1 / m) * np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h))
    grad = (1 / m) * X.T.dot(h - y.ravel())

    return J, grad
