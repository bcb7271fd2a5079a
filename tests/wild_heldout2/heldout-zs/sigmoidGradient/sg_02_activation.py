import numpy as np


def sigmoid_gradient(a):
    """Derivative of the sigmoid, written in terms of its output.

    Pass the activation a = sigmoid(z) (what the forward pass already has),
    not z: d sigmoid / dz = a * (1 - a).
    """
    return np.multiply(a, 1 - a)
