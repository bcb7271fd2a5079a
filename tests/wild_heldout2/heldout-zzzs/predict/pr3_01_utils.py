import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the label of each row of X with a trained 2-layer network.

    Labels are 1..num_labels (num_labels = Theta2.shape[0]).
    """
    m = X.shape[0]

    a1 = np.column_stack((np.ones(m), X))
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.column_stack((np.ones(m), a2))
    a3 = sigmoid(a2.dot(Theta2.T))

    return np.argmax(a3, axis=1) + 1
