import numpy as np


def linearRegCostFunction(X, y, theta, lmbda):
    m = len(y)
    theta = theta.reshape(-1, 1)

    # don't regularize the intercept
    theta_reg = theta
    theta_reg[0] = 0

    h = X.dot(theta)
    J = np.sum((h - y) ** 2) / (2 * m) + (lmbda / (2 * m)) * np.sum(theta_reg ** 2)
    grad = X.T.dot(h - y) / m + (lmbda / m) * theta_reg

    print "J =", J
    return J, grad.flatten()
