import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def add_intercept(X):
    return np.insert(X, 0, 1, axis=1)


def lr_cost(theta, X, y, lmbda):
    """Regularized logistic regression cost. X is the raw data (no column
    of ones), theta has one more entry than X has columns."""
    X = add_intercept(X)
    m = X.shape[0]
    y = np.ravel(y)
    h = sigmoid(X.dot(theta))
    reg = lmbda / (2.0 * m) * np.sum(np.power(theta[1:], 2))
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + reg


def lr_grad(theta, X, y, lmbda):
    X = add_intercept(X)
    m = X.shape[0]
    y = np.ravel(y)
    h = sigmoid(X.dot(theta))
    grad = X.T.dot(h - y) / m
    grad[1:] += (lmbda / float(m)) * theta[1:]
    return grad
