import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the digit of every row of X with the trained network."""
    m = X.shape[0]

    a1 = np.column_stack((np.ones(m), X))
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.column_stack((np.ones(m), a2))
    a3 = sigmoid(a2.dot(Theta2.T))

    p = np.argmax(a3, axis=1) + 1
    # the dataset stores the digit 0 as label 10
    p[p == 10] = 0
    return p
