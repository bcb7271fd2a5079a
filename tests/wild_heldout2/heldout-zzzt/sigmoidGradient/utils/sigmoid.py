from scipy.special import expit


def sigmoid(z):
    """Numerically safe logistic function."""
    return expit(z)
