from scipy.special import expit


def sigmoidGradient(z):
    """Gradient of the sigmoid function evaluated at z (scalar, vector or matrix)."""
    g = expit(z)
    return g * (1 - g)
