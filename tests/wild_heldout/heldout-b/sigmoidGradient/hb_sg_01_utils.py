"""Gradient of the sigmoid function evaluated at z (ex4)."""
import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    z = np.asarray(z, dtype=float)
    g = sigmoid(z)
    return g * (1 - g)
