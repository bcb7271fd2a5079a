import numpy as np


def sigmoid(z):
    """Logistic function, element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    """Derivative of the logistic function evaluated at z."""
    g = sigmoid(z)
    return g * (1 - g)
