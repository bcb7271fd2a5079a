import numpy as np
from scipy.special import expit


def lrCostFunction(theta, X, y, lmbda):
    # y is the (m,1) column loaded from ex3data1.mat
    m = y.shape[0]
    theta = theta.reshape(-1, 1)

    h = expit(X.dot(theta))

    J = (np.dot(-y.T, np.log(h)) - np.dot((1 - y).T, np.log(1 - h))) / m
    J = J + (lmbda / m) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]

    return J[0, 0], grad.flatten()
