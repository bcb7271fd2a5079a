import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta1, theta2, X):
    """Predict class labels 0..K-1 (X already has the column of ones)."""
    m = X.shape[0]
    a2 = sigmoid(X @ theta1.T)
    a2 = np.insert(a2, 0, 1, axis=1)
    a3 = sigmoid(a2 @ theta2.T)
    return np.argmax(a3, axis=1)
