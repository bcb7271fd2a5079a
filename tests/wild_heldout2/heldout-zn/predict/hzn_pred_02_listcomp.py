import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(theta, X):
    probability = sigmoid(X.dot(theta))
    return np.array([1 if x > 0.5 else 0 for x in probability])
