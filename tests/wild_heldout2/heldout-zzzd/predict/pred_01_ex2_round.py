import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict whether the label is 0 or 1 using learned logistic
    regression parameters theta (threshold at 0.5)."""
    m = X.shape[0]
    p = np.zeros(m)
    p = np.round(sigmoid(X.dot(theta)))
    return p
