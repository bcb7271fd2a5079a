import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    # X already has the column of ones (added when the data was loaded)
    m = X.shape[0]
    X = np.matrix(X)
    a2 = sigmoid(X * np.matrix(Theta1).T)
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2 * np.matrix(Theta2).T)
    return np.asarray(np.argmax(a3, axis=1)).ravel() + 1
