import numpy as np

from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    z = np.asarray(z, dtype=float)
    g = sigmoid(z)
    return g * (1.0 - g)
