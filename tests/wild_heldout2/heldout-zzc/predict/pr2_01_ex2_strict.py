import numpy as np

from utils.sigmoid import sigmoid


def predict(theta, X):
    """Predict whether the label is 0 or 1 using learned logistic regression
    parameters theta (threshold 0.5)."""
    probability = sigmoid(X.dot(theta))
    return (probability > 0.5).astype(int)
