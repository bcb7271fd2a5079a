import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    g = sigmoid(z)
    return np.multiply(g, 1 - g)
