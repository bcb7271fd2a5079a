import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """Labels (1..num_labels) predicted by the trained network, shape (m,)."""
    if X.ndim == 1:
        X = X.reshape(1, -1)
    a1 = np.insert(X, 0, 1, axis=1)
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.insert(a2, 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1) + 1
