import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    p = np.round(sigmoid(X.dot(theta)))
    return p.reshape(m, 1)
