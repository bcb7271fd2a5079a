import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta1, theta2, X):
    m = X.shape[0]
    X = np.insert(X, 0, 1, axis=1)

    a2 = sigmoid(X @ theta1.T)
    a2 = np.insert(a2, 0, 1, axis=1)
    a3 = sigmoid(a2 @ theta2.T)

    p = np.argmax(a3, axis=1)
    p[p == 0] = 10  # '0' digit is labelled as 10 in the data
    return p
