import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 with a threshold of 0.5 on sigmoid(X * theta)."""
    m = X.shape[0]
    p = np.zeros((m, 1))

    probs = sigmoid(np.dot(X, theta))
    p[np.where(probs >= 0.5)] = 1

    return p
