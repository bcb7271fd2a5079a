import numpy as np
from scipy.special import expit


def sigmoidGradient(z):
    """Gradient of the sigmoid evaluated at z (scalar, vector or matrix)."""
    g = np.zeros(np.shape(z))
    s = expit(z)
    g = s * (1 - s)
    return g
