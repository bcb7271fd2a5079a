import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    Theta1 = np.matrix(Theta1)
    Theta2 = np.matrix(Theta2)

    a1 = np.matrix(np.hstack((np.ones((m, 1)), X)))
    h1 = sigmoid(a1 * Theta1.T)
    a2 = np.hstack((h1, np.ones((m, 1))))
    h2 = sigmoid(a2 * Theta2.T)

    # digit 0 is stored as label 10 in the data set
    p = (np.argmax(h2, axis=1).A1 + 1) % 10
    return p
