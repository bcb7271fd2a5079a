import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = np.c_[np.ones(m), sigmoid(a1 @ Theta1.T)]
    a3 = sigmoid(a2 @ Theta2.T)

    # labels are 1-indexed in the course data (10 stands for digit 0)
    return np.argmax(a3, axis=1) + 1
