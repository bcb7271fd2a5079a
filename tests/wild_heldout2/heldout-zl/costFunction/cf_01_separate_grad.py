import numpy as np
import scipy.optimize as opt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    m = len(X)
    h = sigmoid(X @ theta)
    return -(1 / m) * (y @ np.log(h) + (1 - y) @ np.log(1 - h))


def gradient(theta, X, y):
    m = len(X)
    return (1 / m) * X.T @ (sigmoid(X @ theta) - y)


def fit(X, y):
    """X already has the column of ones; y is 1-D (use data[:, 2], not data[:, [2]])"""
    theta0 = np.zeros(X.shape[1])
    res = opt.minimize(fun=cost, x0=theta0, args=(X, y), method='TNC', jac=gradient)
    return res.x
