import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z):
    """
    Returns the gradient of the sigmoid function evaluated at z.
    Works for a scalar, a vector or a matrix (element-wise).
    """
    z = np.array(z)
    g = np.zeros(z.shape)

    g = sigmoid(z) * (1 - sigmoid(z))

    return g
