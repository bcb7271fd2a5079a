import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = len(X)
    h1 = sigmoid(np.insert(X, 0, 1, axis=1).dot(Theta1.T))
    h2 = sigmoid(np.append(h1, np.ones((m, 1)), axis=1).dot(Theta2.T))
    p = np.argmax(h2, axis=1)
    return p
