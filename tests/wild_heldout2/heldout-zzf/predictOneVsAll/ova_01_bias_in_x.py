import numpy as np
from utils.sigmoid import sigmoid


def predict_one_vs_all(all_theta, X):
    """Predict labels 1..K with the one-vs-all classifiers.

    X must already contain the column of ones (we add it once, when the data
    is loaded, and reuse the same matrix for training and prediction).
    """
    probs = sigmoid(X @ all_theta.T)
    return np.argmax(probs, axis=1) + 1
