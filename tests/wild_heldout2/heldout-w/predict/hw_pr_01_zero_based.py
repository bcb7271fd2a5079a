import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """Predict the label of an input given a trained neural network.

    Returns, for each row of X, the *0-based* index of the output unit with
    the largest activation (0 .. num_labels-1), i.e. numpy indexing: compare
    with y - 1 (or y.ravel() - 1) when y holds the course's 1..K labels.
    """
    m = X.shape[0]
    a1 = np.c_[np.ones(m), X]
    a2 = np.c_[np.ones(m), sigmoid(a1 @ Theta1.T)]
    a3 = sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
