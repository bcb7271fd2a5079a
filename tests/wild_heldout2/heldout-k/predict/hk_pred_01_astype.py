import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels with a 0.5 threshold on the logistic output."""
    p = sigmoid(X.dot(theta)) >= 0.5
    return p.astype(int)
