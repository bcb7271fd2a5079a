import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    # examples as columns: a1 is (n+1, m)
    m = X.shape[0]
    a1 = np.vstack((np.ones((1, m)), X.T))
    a2 = sigmoid(np.dot(Theta1, a1))
    a2 = np.vstack((np.ones((1, m)), a2))
    a3 = sigmoid(np.dot(Theta2, a2))
    p = np.argmax(a3, axis=1)
    return p
