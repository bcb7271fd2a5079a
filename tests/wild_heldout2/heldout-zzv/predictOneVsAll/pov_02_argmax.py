import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    m = X.shape[0]
    X = np.column_stack((np.ones((m, 1)), X))
    p = np.argmax(sigmoid(X @ all_theta.T), axis=1)
    return p.reshape(m, 1)
