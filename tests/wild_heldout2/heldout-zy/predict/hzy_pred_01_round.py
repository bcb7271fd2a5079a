import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels with a threshold of 0.5 on the logistic output."""
    probability = sigmoid(X @ theta)
    return np.round(probability).astype(int)
