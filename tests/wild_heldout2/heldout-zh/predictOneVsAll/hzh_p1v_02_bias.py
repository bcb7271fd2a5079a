import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """One-vs-all prediction.

    X must already contain the intercept column (we add it once, when the
    data is loaded, and reuse it for training and prediction).
    Returns the 0-based class index (0 .. K-1) of the most probable
    classifier, i.e. the row of all_theta, for each example.
    """
    probs = sigmoid(X @ all_theta.T)
    return probs.argmax(axis=1)
