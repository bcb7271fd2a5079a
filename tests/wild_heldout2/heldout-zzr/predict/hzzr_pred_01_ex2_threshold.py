import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 with logistic regression parameters theta (threshold 0.5)."""
    p = sigmoid(X.dot(theta))
    return (p > 0.5).astype(int)
