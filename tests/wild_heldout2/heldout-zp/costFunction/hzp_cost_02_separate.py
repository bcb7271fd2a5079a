#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Logistic regression, ex2 part 1.  Cost and gradient are split so that they
# can be handed to scipy.optimize.minimize as fun= and jac=.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    m = y.size
    h = sigmoid(np.dot(X, theta))
    y = y.flatten()
    return (-np.dot(y, np.log(h)) - np.dot(1 - y, np.log(1 - h))) / m


def gradient(theta, X, y):
    m = y.size
    h = sigmoid(np.dot(X, theta))
    return np.dot(X.T, h - y.flatten()) / m


if __name__ == "__main__":
    X = np.array([[1.0, 34.6, 78.0], [1.0, 30.3, 43.9], [1.0, 35.8, 72.9]])
    y = np.array([[0], [0], [1]])
    print(cost(np.zeros(3), X, y), gradient(np.zeros(3), X, y))
