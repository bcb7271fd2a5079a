import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    theta = theta.reshape(-1, 1)
    # probability >= 0.5 -> 1, otherwise 0
    return np.round(sigmoid(X @ theta))
