import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the label (1..K) of each row of X with the trained network."""
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = np.c_[np.ones(m), sigmoid(a1.dot(Theta1.T))]
    a3 = sigmoid(a2.dot(Theta2.T))

    # +1 because the labels in the .mat file go from 1 to 10
    return np.argmax(a3, axis=1) + 1
