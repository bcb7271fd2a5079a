import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the label of an input given a trained neural network.

    Returns labels 1..num_labels like the Octave version (10 = digit 0).
    """
    # a single example may come in as a 1-D row
    if X.ndim == 1:
        X = X.reshape(1, -1)

    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.c_[np.ones(m), a2]
    a3 = sigmoid(a2 @ Theta2.T)

    # argmax is 0-based, labels start at 1
    return np.argmax(a3, axis=1) + 1
