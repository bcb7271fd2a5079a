import numpy as np
from scipy.special import expit


def sigmoidGradient(z):
    """
    SIGMOIDGRADIENT returns the gradient of the sigmoid function evaluated at z.
    Works for a scalar, a vector or a matrix (element-wise).
    """
    g = expit(np.asarray(z, dtype=float))
    return g * (1 - g)
