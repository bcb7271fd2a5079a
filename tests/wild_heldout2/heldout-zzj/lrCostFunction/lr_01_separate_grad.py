import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# signature follows scipy.optimize.minimize(lrCostFunction, theta0, args=(reg, X, y), jac=lrGradient)
def lrCostFunction(theta, reg, X, y):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))

    J = -1 * (1 / m) * (np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y)) + (reg / (2 * m)) * np.sum(np.square(theta[1:]))
    return J[0, 0]


def lrGradient(theta, reg, X, y):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))

    grad = (1 / m) * X.T.dot(h - y) + (reg / m) * np.r_[[[0]], theta[1:]]
    return grad.flatten()
