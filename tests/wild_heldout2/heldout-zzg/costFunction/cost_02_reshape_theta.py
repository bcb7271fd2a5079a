import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_function(theta, X, y):
    """Logistic regression cost and gradient.

    theta comes from scipy.optimize as a flat array, so it is turned
    into a column vector first.
    """
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.flatten()

    h = sigmoid(X @ theta)
    J = -(1 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    grad = (1 / m) * (X.T @ (h - y))

    return J, grad.ravel()
