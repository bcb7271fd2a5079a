import numpy as np
from scipy.special import expit


def costReg(theta, X, y, lmbda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    h = expit(X.dot(theta))
    first = -y.T.dot(np.log(h))
    second = (1 - y).T.dot(np.log(1 - h))
    reg = (lmbda / (2 * m)) * np.sum(np.power(theta[2:], 2))
    J = (first - second) / m + reg
    return J.item()


def gradientReg(theta, X, y, lmbda):
    m = len(y)
    theta = theta.reshape(-1, 1)
    h = expit(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / (2 * m)) * theta[1:]
    return grad.flatten()
