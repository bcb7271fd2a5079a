import numpy as np

from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    g = np.zeros(np.shape(z))
    g = sigmoid(z) * (1 - sigmoid(z))
    return g
