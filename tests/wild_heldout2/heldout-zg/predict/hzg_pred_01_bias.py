import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Forward-propagate X through the trained network.

    X must already contain the bias column (X = np.c_[np.ones(m), X]),
    as everywhere else in this repository. Returns the 0-based index of the
    most active output unit for every example (class 0 .. K-1).
    """
    m = X.shape[0]
    a2 = sigmoid(X.dot(Theta1.T))
    a2 = np.c_[np.ones(m), a2]
    a3 = sigmoid(a2.dot(Theta2.T))
    return np.argmax(a3, axis=1)
