import numpy as np


def linearRegCostFunction(X, y, theta, Lambda):
    m = y.size
    theta = theta.reshape(-1, 1)

    h = X.dot(theta)
    err = h - y

    # do not regularize the bias term
    theta_reg = theta
    theta_reg[0] = 0

    J = np.sum(err ** 2) / (2 * m) + Lambda / (2 * m) * np.sum(theta[2:] ** 2)
    grad = X.T.dot(err) / m + (Lambda / m) * theta_reg

    return J, grad.flatten()
