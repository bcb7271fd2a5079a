import numpy as np


def sigmoid_gradient(z):
    # d/dz 1/(1+e^-z) = e^-z / (1+e^-z)^2
    e = np.exp(-np.asarray(z, dtype=float))
    return e / (1 + e) ** 2
