import numpy as np

from utils.sigmoid import sigmoid


def cost_function_reg(theta, X, y, l):
    """Regularized logistic regression: returns J and grad (n x 1)."""
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X.dot(theta))

    J = -(y.T.dot(np.log(h)) + (1 - y).T.dot(np.log(1 - h))) / m
    J = J + (l / m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m + (l / m) * theta

    return J[0, 0], grad
