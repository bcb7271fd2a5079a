import numpy as np


def cost(theta, X, y, l):
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)
    e = X.dot(theta) - y
    return (np.sum(e ** 2) + l * np.sum(theta[1:] ** 2)) / (2 * m)


def train(X, y, l):
    n = X.shape[1]
    reg = l * np.eye(n)
    reg[0, 0] = 0
    return np.linalg.pinv(X.T.dot(X) + reg).dot(X.T.dot(y.reshape(-1, 1)))


def learningCurve(X, y, Xval, yval, l):
    m = X.shape[0]
    error_train = np.zeros(m)
    error_val = np.zeros(m)
    for i in range(1, m + 1):
        theta = train(X[:i], y[:i], l)
        error_train[i - 1] = cost(theta, X[:i], y[:i], l)
        error_val[i - 1] = cost(theta, Xval[:i], yval[:i], 0)
    return error_train, error_val
