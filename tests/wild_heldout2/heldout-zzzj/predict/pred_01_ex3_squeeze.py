import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """PREDICT Predict the label of an input given a trained neural network
    (ex3: weights loaded from ex3weights.mat). Returns labels 1..num_labels."""
    m = X.shape[0]

    a1 = np.c_[np.ones(m), X]
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.c_[np.ones(m), a2]
    a3 = np.squeeze(sigmoid(a2 @ Theta2.T))

    p = np.argmax(a3, axis=1) + 1
    return p
