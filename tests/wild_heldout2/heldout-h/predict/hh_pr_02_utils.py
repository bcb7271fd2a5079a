import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the label of an input given a trained neural network.

    Theta1 : (hidden, n + 1), Theta2 : (num_labels, hidden + 1), X : (m, n)
    """
    m = X.shape[0]
    num_labels = Theta2.shape[0]

    p = np.zeros(m)

    h1 = sigmoid(np.dot(np.hstack([np.ones((m, 1)), X]), Theta1.T))
    h2 = sigmoid(np.dot(np.hstack([np.ones((m, 1)), h1]), Theta2.T))

    p = np.argmax(h2, axis=1)

    return p
