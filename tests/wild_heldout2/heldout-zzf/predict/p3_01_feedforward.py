import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """Predict the label (1..K) of every row of X with a trained network."""
    m = X.shape[0]
    a1 = np.column_stack((np.ones((m, 1)), X))
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.column_stack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2.dot(Theta2.T))
    p = np.argmax(a3, axis=1) + 1
    return p.reshape(m, 1)
