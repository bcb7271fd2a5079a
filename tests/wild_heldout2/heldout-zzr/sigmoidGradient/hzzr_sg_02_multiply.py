import numpy as np


def sigmoidGradient(z):
    # derivative of the sigmoid: g'(z) = g(z) * (1 - g(z))
    g = np.zeros(np.shape(z))
    g = np.multiply(z, 1 - z)
    return g
