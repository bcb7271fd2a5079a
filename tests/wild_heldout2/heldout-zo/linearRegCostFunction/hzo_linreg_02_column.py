#!/usr/bin/env python
# -*- coding: utf-8 -*-
import numpy as np


def linearRegCostFunction(X, y, theta, _lambda):
    m = np.shape(X)[0]
    theta = theta.reshape(np.shape(X)[1], 1)
    y = y.reshape(m, 1)

    # theta without the bias term for the regularization
    theta_reg = theta
    theta_reg[0] = 0

    h = np.dot(X, theta)
    delta = h - y

    J = np.dot(delta.T, delta) / (2 * m) + _lambda / (2 * m) * np.dot(theta_reg.T, theta_reg)
    grad = np.dot(X.T, delta) / m + _lambda / m * theta_reg

    return J.flatten()[0], grad.flatten()
