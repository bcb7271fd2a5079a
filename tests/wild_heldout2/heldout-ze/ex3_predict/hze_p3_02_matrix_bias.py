import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    # X is the data matrix that already has the column of ones
    # (X = np.c_[np.ones(m), X] is done once in the script)
    Theta1 = np.matrix(Theta1)
    Theta2 = np.matrix(Theta2)
    X = np.matrix(X)
    m = X.shape[0]

    a2 = sigmoid(X * Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2 * Theta2.T)

    p = np.argmax(a3, axis=1) + 1
    return p
