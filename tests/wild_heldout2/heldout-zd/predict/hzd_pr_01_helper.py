import numpy as np

from utils.activations import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the label (1..num_labels) of every row of X with the
    trained network given by Theta1, Theta2."""
    m = X.shape[0]

    a1 = np.column_stack((np.ones(m), X))
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.column_stack((np.ones(m), a2))
    a3 = sigmoid(a2 @ Theta2.T)

    # labels in the data are 1..K, argmax is 0-based
    return np.argmax(a3, axis=1) + 1
