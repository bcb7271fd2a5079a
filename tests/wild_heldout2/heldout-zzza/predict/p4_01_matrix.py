import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    Theta1 = np.matrix(Theta1)
    Theta2 = np.matrix(Theta2)
    X = np.matrix(X)

    h1 = sigmoid(np.hstack((np.ones((m, 1)), X)) * Theta1.T)
    h2 = sigmoid(np.hstack((h1, np.ones((m, 1)))) * Theta2.T)
    p = np.argmax(h2, axis=1)
    return p.A1
