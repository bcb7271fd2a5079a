import numpy as np
from utils.sigmoid import sigmoid


def predict(theta, X):
    """Predict 0/1 labels with learned logistic regression parameters theta."""
    prob = sigmoid(X.dot(theta))
    return (prob > 0.5).astype(int)
