import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels using the learned logistic regression parameters."""
    prob = sigmoid(X.dot(theta))
    return prob > 0.5
