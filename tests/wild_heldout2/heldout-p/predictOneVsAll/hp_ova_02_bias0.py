import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """Predict the class of each row of X with one-vs-all classifiers.

    X must already contain the intercept column (X = np.insert(X, 0, 1, axis=1)),
    as built once in the main script before training.
    Classes are numbered 0..K-1 (row k of all_theta is the classifier of class k),
    so the result can be compared directly with y - 1.
    """
    h = sigmoid(X @ all_theta.T)
    return h.argmax(axis=1)
