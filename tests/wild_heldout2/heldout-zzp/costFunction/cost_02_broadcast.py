import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    """
    Compute cost and gradient for logistic regression.

    theta : ndarray (n,)   -- initial_theta = np.zeros(n), as minimize() passes it
    X     : ndarray (m, n) -- with the intercept column
    y     : ndarray (m, 1) -- labels, y = data[:, [2]]
    returns J (float) and grad (n, 1)
    """
    m = y.shape[0]
    h = sigmoid(np.dot(X, theta))

    J = -(1.0 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))

    grad = (1.0 / m) * np.dot(X.T, h.reshape(-1, 1) - y)

    return J, grad
