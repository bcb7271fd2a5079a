import numpy as np
from nnutils import sigmoid


def sigmoidGradient(z):
    g = np.zeros(np.shape(z))
    g = np.multiply(sigmoid(z), 1 - sigmoid(z))
    return g
