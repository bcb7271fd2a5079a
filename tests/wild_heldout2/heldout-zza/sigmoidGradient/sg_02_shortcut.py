import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    # derivative of the sigmoid: g'(z) = g(z) * (1 - g(z))
    g = np.zeros(np.shape(z))
    g = z * (1 - z)
    return g
