import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    # input layer + bias
    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = sigmoid(a1.dot(Theta1.T))
    # hidden layer + bias
    a2 = np.hstack((a2, np.ones((m, 1))))
    a3 = sigmoid(a2.dot(Theta2.T))

    p = np.argmax(a3, axis=1)
    return p
