import numpy as np


def sigmoid(z):
    ez = np.exp(z)
    return ez / (1 + ez)


def sigmoid_gradient(z):
    s = sigmoid(z)
    return s * (1 - s)
