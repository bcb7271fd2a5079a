import numpy as np
from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lmbda):
    m = len(y)
    y = y.flatten()

    h = sigmoid(np.dot(X, theta))
    J = (1.0 / m) * (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h))) \
        + (lmbda / (2.0 * m)) * np.sum(theta[2:] ** 2)

    grad = (1.0 / m) * np.dot(X.T, h - y)
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return J, grad
