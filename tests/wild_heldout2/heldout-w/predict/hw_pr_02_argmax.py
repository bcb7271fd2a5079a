import numpy as np

from utils import sigmoid


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    X = np.insert(X, 0, 1, axis=1)

    hidden = sigmoid(np.dot(X, Theta1.T))
    hidden = np.insert(hidden, 0, 1, axis=1)
    output = sigmoid(np.dot(hidden, Theta2.T))

    p = np.argmax(output) + 1
    return p
