import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    # NOTE: X already has the column of ones (added once right after loading
    # the data, the same X is used for training in one_vs_all)
    X = np.matrix(X)
    all_theta = np.matrix(all_theta)

    h = sigmoid(X * all_theta.T)        # m x num_labels
    h_argmax = np.argmax(h, axis=1)     # m x 1 matrix, 0-based

    return np.asarray(h_argmax).ravel() + 1
