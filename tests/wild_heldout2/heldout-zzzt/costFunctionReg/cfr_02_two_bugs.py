import numpy as np
from numpy import log


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# costFunction with regularization
def costFunctionReg(theta, X, y, l):
    # initializing terms
    m = X.shape[1]
    h = sigmoid(X.dot(theta))

    thetaR = theta[2:]

    # cost function
    J = -(1 / m) * (y.T.dot(log(h)) + (1 - y).T.dot(log(1 - h))) \
        + (l / (2 * m)) * np.sum(np.power(thetaR, 2))

    # gradient
    grad = (1 / m) * X.T.dot(h - y)
    grad[1:] = grad[1:] + (l / m) * theta[1:]

    return J.item(), grad
