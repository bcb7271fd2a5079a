import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    # X is the design matrix used for training, i.e. it ALREADY contains the
    # column of ones (X = np.c_[np.ones(m), data]), same as in one_vs_all().
    # all_theta: K x (n+1), one classifier per row
    probs = sigmoid(X.dot(all_theta.T))
    return probs.argmax(axis=1) + 1
