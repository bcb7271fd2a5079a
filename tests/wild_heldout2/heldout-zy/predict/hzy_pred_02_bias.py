import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    """Predict digit labels 1..K with the trained network.

    X must already contain the bias column (X = np.c_[np.ones(m), X]), the
    same design matrix that was used for one-vs-all in ex3.
    """
    m = X.shape[0]
    hidden = sigmoid(X.dot(Theta1.T))
    hidden = np.c_[np.ones(m), hidden]
    output = sigmoid(hidden.dot(Theta2.T))
    p = np.argmax(output, axis=1) + 1
    return p
