import numpy as np

from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    """
    SIGMOIDGRADIENT returns the gradient of the sigmoid function
    evaluated at z (works for scalars, vectors and matrices).
    """
    g = np.multiply(sigmoid(z), 1 - sigmoid(z))
    return g
