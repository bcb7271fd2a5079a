import numpy as np


def sigmoid(z):
    ez = np.exp(z)
    return ez / (1 + ez)


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    h1 = sigmoid(np.hstack((np.ones((m, 1)), X)).dot(Theta1.T))
    h2 = sigmoid(np.hstack((h1, np.ones((m, 1)))).dot(Theta2.T))
    p = np.argmax(h2, axis=1) + 1
    return p.reshape(m, 1)
