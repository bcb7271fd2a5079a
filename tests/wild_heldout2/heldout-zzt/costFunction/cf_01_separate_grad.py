import numpy as np

from mlutils.sigmoid import sigmoid


def cost(theta, X, y):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y)
    if theta.shape[0] == 1:
        theta = theta.T
    if y.shape[0] == 1:
        y = y.T
    h = sigmoid(X * theta)
    first = np.multiply(-y, np.log(h))
    second = np.multiply((1 - y), np.log(1 - h))
    return np.sum(first - second) / len(X)


def gradient(theta, X, y):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y)
    if theta.shape[0] == 1:
        theta = theta.T
    if y.shape[0] == 1:
        y = y.T
    error = sigmoid(X * theta) - y
    grad = X.T * error / len(X)
    return grad.A1


# result = opt.fmin_tnc(func=cost, x0=theta, fprime=gradient, args=(X, y))
