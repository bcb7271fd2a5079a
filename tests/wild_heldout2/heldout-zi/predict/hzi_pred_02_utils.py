import numpy as np

from utils.sigmoid import sigmoid


def predict(theta1, theta2, X):
    """Predict the label (1..num_labels) of every row of X with a trained network.

    theta1 : (hidden, n + 1), theta2 : (num_labels, hidden + 1), X : (m, n)
    returns p : (m,) array of labels
    """
    if X.ndim == 1:
        X = X[np.newaxis, :]
    m = X.shape[0]

    h1 = sigmoid(np.c_[np.ones(m), X] @ theta1.T)
    h2 = sigmoid(np.c_[np.ones(m), h1] @ theta2.T)

    return np.argmax(h2, axis=1) + 1
