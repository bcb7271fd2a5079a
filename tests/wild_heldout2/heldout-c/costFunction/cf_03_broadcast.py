import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def compute_cost(theta, X, y):
    """
    theta : parameters, shape (n,)
    X     : design matrix with the intercept column, shape (m, n)
    y     : m x 1 vector of 0/1 labels
    returns (J, grad)
    """
    h = sigmoid(X.dot(theta))
    J = np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h))
    grad = X.T.dot(h - y) / len(y)
    return J, grad
