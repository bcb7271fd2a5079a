import numpy as np
from utils.sigmoid import sigmoid


def costFunction(theta, X, y):
    '''Logistic regression cost.

    theta : (n,) parameters, what scipy.optimize passes
    X     : (m, n) design matrix, first column ones
    y     : (m, 1) or (m,) labels 0/1
    '''
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))

    J = -(np.log(h).T.dot(y) + np.log(1 - h).T.dot(1 - y)) / m

    return J[0, 0]


def gradient(theta, X, y):
    '''Gradient of the logistic regression cost, flattened for scipy.optimize.'''
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    h = sigmoid(X.dot(theta))

    grad = X.T.dot(h - y) / m

    return grad.flatten()
