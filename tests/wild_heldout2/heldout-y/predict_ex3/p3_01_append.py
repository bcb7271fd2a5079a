import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    # input layer + bias
    a1 = np.append(np.ones((m, 1)), X, axis=1)
    # hidden layer + bias
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.append(a2, np.ones((m, 1)), axis=1)
    # output layer
    a3 = sigmoid(a2.dot(Theta2.T))

    p = np.argmax(a3, axis=1) + 1
    return p
