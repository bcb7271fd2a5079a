import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """Predict class indices for a one-vs-all model.

    X must already contain the intercept column (the same X used for
    training, X = np.insert(X_raw, 0, 1, axis=1)). Classes are numbered
    0..K-1 like the rows of all_theta, so the result can be compared with
    y - 1 directly (or used as an index into a list of class names).
    """
    probs = sigmoid(X @ all_theta.T)
    return np.argmax(probs, axis=1)
