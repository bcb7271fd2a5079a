import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels with the learned logistic regression theta."""
    probability = sigmoid(X @ theta)
    return (probability > 0.5).astype(int)
