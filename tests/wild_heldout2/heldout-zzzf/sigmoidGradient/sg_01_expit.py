from scipy.special import expit


def sigmoid_gradient(z):
    """g'(z) = g(z)(1 - g(z)), elementwise"""
    g = expit(z)
    return g * (1 - g)
