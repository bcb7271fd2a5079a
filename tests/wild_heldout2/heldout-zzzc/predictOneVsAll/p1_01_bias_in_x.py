import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(X, all_theta):
    """Predict labels with the trained one-vs-all classifiers.

    X must already have the intercept column (we add it once in main(),
    right after loading ex3data1.mat, and reuse it for training too).
    all_theta[k] is the classifier for label k + 1.
    Returns labels 1..K as an (m,) array.
    """
    probs = sigmoid(X @ all_theta.T)
    return np.argmax(probs, axis=1) + 1
