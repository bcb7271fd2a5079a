import numpy as np


def sigmoidGradient(z):
    # derivative of 1/(1+e^-z) is e^-z / (1+e^-z)^2
    e = np.exp(-z)
    g = e / (1 + e) ** 2
    return g
