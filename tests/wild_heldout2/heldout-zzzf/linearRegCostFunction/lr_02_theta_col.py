import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    # don't regularize the intercept
    theta_reg = theta
    theta_reg[0] = 0

    h = X.dot(theta)
    J = np.sum(np.square(h - y)) / (2 * m) + (_lambda / (2 * m)) * np.sum(np.square(theta_reg))
    grad = X.T.dot(h - y) / m + (_lambda / m) * theta_reg

    return J, grad.flatten()
