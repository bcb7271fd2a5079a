import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function(theta, X, y):
    """Logistic regression cost and gradient.

    theta : (n,) parameters (as passed by scipy.optimize.minimize)
    X     : (m, n) data with the column of ones
    y     : (m, 1) labels 0/1
    """
    m = y.size
    h = sigmoid(np.dot(X, theta))

    J = -(1.0 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    grad = (1.0 / m) * np.dot(X.T, h - y)

    return J, grad
