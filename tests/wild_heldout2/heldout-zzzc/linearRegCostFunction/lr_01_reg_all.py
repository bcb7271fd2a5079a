import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = X.dot(theta)
    J = 1.0 / (2 * m) * np.sum(np.square(h - y)) + lambda_ / (2.0 * m) * np.sum(np.square(theta))

    grad = (1.0 / m) * X.T.dot(h - y) + (lambda_ / m) * np.r_[[[0]], theta[1:]]

    return J, grad.flatten()
