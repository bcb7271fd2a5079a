import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_predict(theta1, theta2, X):
    """Forward-propagate and return the predicted labels (1..K).

    X is the design matrix *with* the bias column already in front
    (built once in the training script with np.c_[np.ones(m), X]).
    """
    hidden = _sigmoid(X.dot(theta1.T))
    hidden = np.c_[np.ones(hidden.shape[0]), hidden]
    out = _sigmoid(hidden.dot(theta2.T))
    return out.argmax(axis=1) + 1
