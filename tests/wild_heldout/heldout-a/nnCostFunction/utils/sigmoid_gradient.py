import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))
