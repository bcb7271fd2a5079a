import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    z = np.matrix(z)
    g = sigmoid(z) * (1 - sigmoid(z))
    return g
