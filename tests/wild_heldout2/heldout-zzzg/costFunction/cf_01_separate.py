import numpy as np
from scipy.optimize import minimize


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    m = y.size
    h = sigmoid(X.dot(theta))
    J = -1.0 / m * (np.log(h).dot(y) + np.log(1 - h).dot(1 - y))
    return J


def gradient(theta, X, y):
    m = y.size
    h = sigmoid(X.dot(theta))
    return X.T.dot(h - y) / m


def fit(X, y):
    y = y.ravel()
    theta0 = np.zeros(X.shape[1])
    res = minimize(cost, theta0, args=(X, y), jac=gradient, method='TNC')
    return res.x
