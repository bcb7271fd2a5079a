import numpy as np


def sigmoid(z):
    # clip to avoid overflow warnings in np.exp
    z = np.clip(z, -10, 10)
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    """Logistic regression cost and gradient.

    theta : (n,) parameters (as passed by scipy.optimize.minimize)
    X     : (m, n) with the intercept column
    y     : (m,) or (m, 1) labels in {0, 1}
    Returns (J, grad) with grad of shape (n,).
    """
    m, n = X.shape
    theta = theta.reshape(n, 1)
    y = y.reshape(m, 1)

    h = sigmoid(X.dot(theta))
    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m

    return J[0, 0], grad.flatten()
