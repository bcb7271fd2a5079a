import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    X = np.matrix(X)
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))
    h1 = sigmoid(X * np.matrix(Theta1).T)
    h1 = np.hstack((np.ones((m, 1)), h1))
    h2 = sigmoid(h1 * np.matrix(Theta2).T)
    p = np.argmax(h2, axis=1).A1
    return p
