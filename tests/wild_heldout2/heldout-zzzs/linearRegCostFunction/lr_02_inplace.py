import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    h = X.dot(theta)
    err = h - y

    theta_reg = theta
    theta_reg[0] = 0

    J = np.sum(err ** 2) / (2 * m) + (_lambda / m) * np.sum(theta_reg ** 2)
    grad = X.T.dot(err) / m + (_lambda / m) * theta_reg

    return J, grad.flatten()
