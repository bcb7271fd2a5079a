import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    if X.ndim == 1:
        X = X[np.newaxis, :]
    m = X.shape[0]
    h1 = sigmoid(np.c_[np.ones(m), X] @ Theta1.T)
    h2 = sigmoid(np.c_[np.ones(m), h1] @ Theta2.T)
    return np.argmax(h2, axis=1) + 1
