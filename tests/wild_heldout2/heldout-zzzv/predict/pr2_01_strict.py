import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels with learned logistic regression parameters theta."""
    p = sigmoid(X.dot(theta))
    return (p > 0.5).astype(int)
