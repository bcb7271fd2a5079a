import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """ex3 part 2: feedforward prediction with the loaded weights."""
    X = np.matrix(X)
    m = X.shape[0]

    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = sigmoid(a1 * np.matrix(Theta1).T)
    a2 = np.hstack((np.ones((m, 1)), a2))
    h = sigmoid(a2 * np.matrix(Theta2).T)

    p = np.argmax(h, axis=1) + 1
    p[p == 10] = 0  # the dataset stores the digit 0 as label 10
    return p
