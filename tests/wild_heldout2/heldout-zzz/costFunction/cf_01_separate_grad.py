import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def add_intercept(X):
    return np.concatenate([np.ones((X.shape[0], 1)), X], axis=1)


def cost(theta, X, y):
    """Logistic regression cost. X is the raw feature matrix (no ones column)."""
    X = add_intercept(X)
    y = y.ravel()
    m = len(y)
    h = sigmoid(X.dot(theta.ravel()))
    return (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) / m


def gradient(theta, X, y):
    X = add_intercept(X)
    y = y.ravel()
    m = len(y)
    h = sigmoid(X.dot(theta.ravel()))
    return X.T.dot(h - y) / m
