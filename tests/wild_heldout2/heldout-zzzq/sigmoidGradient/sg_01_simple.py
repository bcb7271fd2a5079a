import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    z = np.asarray(z, dtype=float)
    g = sigmoid(z)
    return g * (1 - g)
