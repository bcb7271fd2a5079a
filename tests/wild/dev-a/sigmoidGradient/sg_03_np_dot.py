import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    # g'(z) = g(z)(1 - g(z))
    g = np.zeros(np.shape(z))
    g = np.dot(sigmoid(z), 1 - sigmoid(z))
    return g
