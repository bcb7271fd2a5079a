import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """Predict the label (1..num_labels) of each row of X with a trained network."""
    if X.ndim == 1:
        X = X.reshape(1, -1)
    m = X.shape[0]

    h1 = sigmoid(np.c_[np.ones(m), X] @ Theta1.T)
    h2 = sigmoid(np.c_[np.ones(m), h1] @ Theta2.T)

    # +1 because the octave labels start at 1
    p = np.argmax(h2, axis=1) + 1
    return p.reshape(-1, 1)
