import numpy as np
from scipy.special import expit as sigmoid


def costFunctionReg(theta, X, y, l):
    n, m = X.shape
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X.dot(theta))

    theta_reg = np.vstack(([[0]], theta[1:]))

    J = (-(y.T.dot(np.log(h))) - (1 - y).T.dot(np.log(1 - h))) / m \
        + (l / (2 * m)) * np.sum(theta_reg ** 2)
    grad = X.T.dot(h - y) / m + (l / m) * theta_reg

    return J[0, 0], grad.ravel()
