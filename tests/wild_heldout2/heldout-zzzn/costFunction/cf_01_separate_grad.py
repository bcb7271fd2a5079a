import numpy as np
from scipy import optimize as opt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    y = y.flatten()
    m = y.size
    h = sigmoid(X @ theta)
    return -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m


def gradient(theta, X, y):
    y = y.flatten()
    m = y.size
    h = sigmoid(X @ theta)
    return X.T @ (h - y) / m


def fit(X, y):
    theta0 = np.zeros(X.shape[1])
    res = opt.minimize(fun=cost, x0=theta0, args=(X, y), method='TNC', jac=gradient)
    return res.x
