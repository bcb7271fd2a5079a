import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    # X is the design matrix with the bias column already prepended
    # (X = np.insert(X, 0, 1, axis=1) in ex4.py)
    Theta1 = np.matrix(Theta1)
    Theta2 = np.matrix(Theta2)
    X = np.matrix(X)
    m = X.shape[0]

    h1 = sigmoid(X * Theta1.T)
    a2 = np.matrix(np.hstack((np.ones((m, 1)), h1)))
    h2 = sigmoid(a2 * Theta2.T)

    p = np.argmax(h2, axis=1) + 1
    return p.A1
