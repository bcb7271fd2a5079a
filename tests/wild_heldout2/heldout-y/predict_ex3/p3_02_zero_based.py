import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Feed-forward prediction with the pre-trained network.

    Returns class indices 0..num_labels-1 (column k of the output layer),
    so that they can be compared directly with y - 1 or used to index arrays.
    """
    m = X.shape[0]
    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = np.hstack((np.ones((m, 1)), sigmoid(a1 @ Theta1.T)))
    a3 = sigmoid(a2 @ Theta2.T)
    return np.argmax(a3, axis=1)
