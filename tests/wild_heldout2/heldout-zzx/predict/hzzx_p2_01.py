import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels with learned logistic regression parameters."""
    theta = theta.reshape(-1, 1)
    probability = sigmoid(X @ theta)
    return np.round(probability).astype(int)
