import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost_function(theta, X, y):
    """Logistic regression cost and gradient.

    theta : (n,) parameter vector as passed by scipy.optimize.minimize
    X     : (m, n) design matrix with the intercept column
    y     : (m, 1) labels, as loadmat returns them
    """
    h = sigmoid(X.dot(theta))
    J = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))
    grad = X.T.dot(h - y) / len(y)
    return J, grad
