import numpy as np
from sigmoid import sigmoid


def predict(theta, X):
    probability = sigmoid(X.dot(theta))
    return np.array([1 if p > 0.5 else 0 for p in probability.ravel()])
