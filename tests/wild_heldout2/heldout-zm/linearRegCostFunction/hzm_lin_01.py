import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    # scipy.optimize hands theta over as a flat array -> make it a column
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    m = y.shape[0]

    err = X.dot(theta) - y

    J = np.sum(err ** 2) / (2 * m) + _lambda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(err) / m
    grad[1:] = grad[1:] + (_lambda / m) * theta[1:]

    return J, grad.flatten()
