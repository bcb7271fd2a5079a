import numpy as np

from utils import sigmoid


def predict(Theta1, Theta2, X):
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.c_[np.ones(m), a2]
    h = np.squeeze(sigmoid(a2 @ Theta2.T))

    # +1 because the classes are 1..num_labels
    return np.argmax(h, axis=1) + 1
