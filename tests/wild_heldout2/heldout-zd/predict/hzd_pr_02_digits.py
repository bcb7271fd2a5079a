import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta1, theta2, X):
    m = X.shape[0]
    X = np.insert(X, 0, 1, axis=1)

    hidden = sigmoid(X.dot(theta1.T))
    hidden = np.insert(hidden, 0, 1, axis=1)
    out = sigmoid(hidden.dot(theta2.T))

    p = np.argmax(out, axis=1) + 1
    # the digit 0 is stored as label 10 in the data set
    p[p == 10] = 0
    return p.reshape(m, 1)
