import numpy as np
import scipy.optimize as opt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    y = y.flatten()
    m = y.shape[0]
    h = sigmoid(X @ theta)
    J = (-(y @ np.log(h)) - ((1 - y) @ np.log(1 - h))) / m
    grad = X.T @ (h - y) / m
    return J, grad


def train(X, y):
    init = np.zeros(X.shape[1])
    res = opt.minimize(costFunction, init, args=(X, y), jac=True, method='TNC',
                       options={'maxfun': 400})
    return res.x
