import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    """Return the gradient of the sigmoid function evaluated at z.

    Works element-wise for a scalar, a vector or a matrix.
    """
    z = np.asarray(z)
    g = np.zeros_like(z)
    for index, value in np.ndenumerate(z):
        s = sigmoid(value)
        g[index] = s * (1 - s)
    return g
