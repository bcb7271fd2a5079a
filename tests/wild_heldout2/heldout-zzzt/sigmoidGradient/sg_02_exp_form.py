import numpy as np


def sigmoidGradient(z):
    """
    SIGMOIDGRADIENT returns the gradient of the sigmoid function evaluated at z

    d/dz 1/(1+e^-z) = e^-z / (1+e^-z)^2
    """
    e = np.exp(-z)
    g = e / (1 + e) ** 2
    return g
