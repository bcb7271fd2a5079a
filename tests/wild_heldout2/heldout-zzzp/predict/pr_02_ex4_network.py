import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    ones = np.ones((m, 1))

    a1 = np.hstack((X, ones))
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.hstack((a2, ones))
    h = sigmoid(a2.dot(Theta2.T))

    p = np.zeros((m, 1))
    for i in range(m):
        p[i] = np.argmax(h[i, :])
    return p
