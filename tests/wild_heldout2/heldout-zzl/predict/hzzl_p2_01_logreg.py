import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict whether the label is 0 or 1 using learned logistic regression parameters theta."""
    probability = sigmoid(X.dot(theta))
    p = np.round(probability)
    return p
