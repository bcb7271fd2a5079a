# ex3 part 2 - feedforward prediction with the provided weights
# NOTE: X is passed in with the column of ones already added (done once in the
# driver after loading ex3data1.mat, X = np.c_[np.ones(m), X]).
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    Theta1 = np.matrix(Theta1)
    Theta2 = np.matrix(Theta2)
    X = np.matrix(X)
    m = X.shape[0]

    hidden = sigmoid(X * Theta1.T)
    hidden = np.hstack((np.ones((m, 1)), hidden))
    out = sigmoid(hidden * Theta2.T)

    return (np.argmax(out, axis=1) + 1).A1
