import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)
