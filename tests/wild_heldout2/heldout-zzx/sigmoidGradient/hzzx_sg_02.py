import numpy as np
from utils.sigmoid import sigmoid


def sigmoidGradient(z):
    g = np.zeros(z.shape)
    g = z * (1 - z)
    return g
