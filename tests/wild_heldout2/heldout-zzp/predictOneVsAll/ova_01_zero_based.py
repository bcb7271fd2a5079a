import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """Predict the class of every example with the one-vs-all classifiers.

    all_theta : (K, n + 1), row c is the classifier of class c
    X         : (m, n + 1) design matrix, intercept column already added
                (the same X that was used for training)
    returns   : (m,) array of class indices 0..K-1 (row of all_theta)
    """
    probs = sigmoid(X @ all_theta.T)
    return np.argmax(probs, axis=1)
