import numpy as np

from utils.sigmoid import sigmoid


def predict(theta, X):
    """Predict 0/1 with a threshold of 0.5 on the logistic hypothesis."""
    prob = sigmoid(np.dot(X, theta))
    p = np.where(prob >= 0.5, 1, 0)
    return p
