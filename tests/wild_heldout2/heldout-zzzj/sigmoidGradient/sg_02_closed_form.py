import numpy as np


def sigmoid_gradient(z):
    """Derivative of the sigmoid, g'(z) = e^-z / (1 + e^-z)^2.

    Uses the closed form so sigmoid() does not have to be evaluated twice.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-z)
    return e / (1.0 + e) ** 2
