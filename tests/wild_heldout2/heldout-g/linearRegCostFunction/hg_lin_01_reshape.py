#!/usr/bin/env python

import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    m = np.shape(X)[0]
    theta = np.reshape(theta, (np.shape(X)[1], 1))
    y = np.reshape(y, (m, 1))

    err = np.dot(X, theta) - y
    J = np.sum(err ** 2) / (2 * m) + _lambda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = np.dot(X.T, err) / m
    grad[1:] = grad[1:] + (_lambda / m) * theta[1:]

    return J, grad.flatten()
