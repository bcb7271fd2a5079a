import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta1, theta2, X):
    """Predict the label (1..K) of every row of X with a trained network."""
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = np.c_[np.ones(m), sigmoid(a1 @ theta1.T)]
    a3 = sigmoid(a2 @ theta2.T)

    # labels are 1-based like in the .mat files
    return np.argmax(a3, axis=1) + 1
