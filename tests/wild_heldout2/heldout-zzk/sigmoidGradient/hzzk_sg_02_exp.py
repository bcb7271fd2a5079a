import numpy as np


def sigmoid_gradient(z):
    """Derivative of the sigmoid: d/dz 1/(1+e^-z) = e^-z / (1+e^-z)^2"""
    e = np.exp(-z)
    return e / (1 + e) ** 2
