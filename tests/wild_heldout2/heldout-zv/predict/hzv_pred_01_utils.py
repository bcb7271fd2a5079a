import numpy as np

from utils.sigmoid import sigmoid


def predict(Theta1, Theta2, X):
    """Predict the label of an input given a trained neural network."""
    m = X.shape[0]

    a1 = np.hstack((np.ones((m, 1)), X))
    h1 = sigmoid(a1.dot(Theta1.T))
    a2 = np.hstack((np.ones((m, 1)), h1))
    h2 = sigmoid(a2.dot(Theta2.T))

    p = np.argmax(h2, axis=1) + 1
    return p.reshape(m, 1)
