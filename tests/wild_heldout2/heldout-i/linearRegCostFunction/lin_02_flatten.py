#!/usr/bin/env python

import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    y = y.flatten()
    theta = theta.reshape(X.shape[1], 1)
    m = len(y)

    diff = np.dot(X, theta) - y
    J = np.sum(diff ** 2) / (2 * m) + _lambda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = np.dot(X.T, diff).mean(axis=1, keepdims=True) / m
    grad[1:] = grad[1:] + _lambda / m * theta[1:]
    return J, grad.flatten()
