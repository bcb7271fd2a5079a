"""ex5: regularized linear regression, written for scipy.optimize.

theta comes first so the functions can be handed to minimize(fun, x0, jac=...,
args=(X, y, reg)).
"""
import numpy as np


def cost_function(theta, X, y, reg):
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    m = len(y)
    r = X @ theta - y
    penalty = reg / (2 * m) * (theta[1:] ** 2).sum()
    return float((r ** 2).sum() / (2 * m) + penalty)


def gradient(theta, X, y, reg):
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    m = len(y)
    r = X @ theta - y
    g = X.T @ r / m
    g[1:] += reg / m * theta[1:]
    return g.ravel()
