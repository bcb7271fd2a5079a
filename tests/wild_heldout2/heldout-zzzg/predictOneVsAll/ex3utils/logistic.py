import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def add_intercept(X):
    return np.insert(X, 0, 1, axis=1)
