import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    m = X.shape[0]
    # add the intercept term
    X = np.c_[X, np.ones(m)]
    probs = sigmoid(X @ all_theta.T)
    # labels are 1..K
    return probs.argmax(axis=1) + 1
