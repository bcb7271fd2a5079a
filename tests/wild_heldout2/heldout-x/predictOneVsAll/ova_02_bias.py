import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """
    X must already contain the column of ones (we add it once, when the data
    is loaded, and reuse the same matrix for training and prediction).
    Returns labels 1..K as a column vector.
    """
    h = sigmoid(X @ all_theta.T)
    return (np.argmax(h, axis=1) + 1).reshape(-1, 1)
