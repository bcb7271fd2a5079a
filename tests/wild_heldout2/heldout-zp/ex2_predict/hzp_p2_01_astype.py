import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 with the learned logistic regression parameters theta
    (threshold 0.5, i.e. predict 1 when sigmoid(x . theta) >= 0.5)."""
    prob = sigmoid(np.dot(X, theta))
    return (prob >= 0.5).astype(int)
