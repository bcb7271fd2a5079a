import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrcostFunctionReg(theta, reg, X, y):
    """Cost only (scipy.optimize.minimize calls this with jac=lrgradientReg)."""
    m = y.size
    h = sigmoid(X.dot(theta))

    J = -1 * (1 / m) * (np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y)) \
        + (reg / (2 * m)) * np.sum(np.square(theta[1:]))

    return J[0]


def lrgradientReg(theta, reg, X, y):
    m = y.size
    h = sigmoid(X.dot(theta.reshape(-1, 1)))

    grad = (1 / m) * X.T.dot(h - y) + (reg / m) * np.r_[[[0]], theta[1:].reshape(-1, 1)]

    return grad.flatten()
