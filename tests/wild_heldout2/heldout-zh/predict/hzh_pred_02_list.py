import numpy as np

THRESHOLD = 0.5


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(theta, X):
    """Predict 0/1 labels with the learned logistic regression theta.

    An example is labelled 1 when sigmoid(theta' * x) >= THRESHOLD.
    """
    probability = sigmoid(np.dot(X, theta)).flatten()
    return np.array([1 if p >= THRESHOLD else 0 for p in probability])
