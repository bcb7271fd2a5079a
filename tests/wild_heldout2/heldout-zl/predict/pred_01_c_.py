import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.c_[np.ones(m), a2]
    a3 = sigmoid(a2 @ Theta2.T)

    p = np.argmax(a3, axis=1)
    return p
