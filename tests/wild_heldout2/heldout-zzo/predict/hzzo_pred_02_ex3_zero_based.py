import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """Forward-propagate X through the trained network.

    Returns the index (0 .. K-1) of the most active output unit for each
    example; the label used in the course's .mat files is this index + 1.
    """
    a1 = np.insert(X, 0, 1, axis=1)
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.insert(a2, 0, 1, axis=1)
    a3 = sigmoid(a2.dot(Theta2.T))
    return np.argmax(a3, axis=1)
