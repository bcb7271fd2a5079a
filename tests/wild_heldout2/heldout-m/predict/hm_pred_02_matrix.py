import numpy as np
from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    Theta1 = np.matrix(Theta1)
    Theta2 = np.matrix(Theta2)
    X = np.matrix(np.c_[np.ones(m), X])

    h1 = sigmoid(np.c_[np.ones(m), X * Theta1.T])
    h2 = sigmoid(h1 * Theta2.T)
    p = np.argmax(h2, axis=1) + 1
    return p.A1
