import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 with learned logistic regression parameters (threshold 0.5)."""
    theta = np.matrix(theta).reshape(-1, 1)
    X = np.matrix(X)
    probs = sigmoid(X * theta)
    p = (probs >= 0.5).astype(int)
    return p
