import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """
    Predict the label (1..K) for every row of X with the one-vs-all classifiers.

    all_theta : (K, n+1), row k holds the classifier of label k+1
    X         : (m, n+1) -- the intercept column is already in X
                (we add it once, right after loading ex3data1.mat)
    """
    probs = sigmoid(np.dot(X, all_theta.T))
    return np.argmax(probs, axis=1) + 1
