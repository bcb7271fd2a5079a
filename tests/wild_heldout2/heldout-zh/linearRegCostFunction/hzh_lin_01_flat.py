#!/usr/bin/env python

import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    # X (m, n+1) with the ones column, y (m, 1) from loadmat
    m = X.shape[0]
    theta = theta.reshape(-1, 1)

    h = np.dot(X, theta)
    J = np.sum(np.square(h - y)) / (2 * m) + _lambda / m * np.sum(np.square(theta[1:]))

    grad = np.dot(X.T, h - y) / m + (_lambda / m) * theta

    return J, grad.flatten()
