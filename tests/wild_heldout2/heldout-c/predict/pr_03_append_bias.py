import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = len(X)
    ones = np.ones((m, 1))

    # input layer + bias
    a1 = np.append(ones, X, axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = sigmoid(z2)
    # hidden layer + bias
    a2 = np.append(a2, ones, axis=1)
    z3 = np.dot(a2, Theta2.T)
    a3 = sigmoid(z3)

    p = np.argmax(a3, axis=1) + 1
    return p.reshape(m, 1)
