import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    a1 = np.column_stack((np.ones(m), X))
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.column_stack((a2, np.ones(m)))
    a3 = sigmoid(a2.dot(Theta2.T))
    return np.argmax(a3, axis=1) + 1
