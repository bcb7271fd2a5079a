import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lambda_):
    """Regularized logistic regression cost + gradient (vectorized).

    theta comes in flat, as scipy.optimize.minimize passes it.
    """
    m = y.size
    h = sigmoid(X.dot(theta))

    J = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) \
        + lambda_ / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y.ravel()) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]
    return J, grad
