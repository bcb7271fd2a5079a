import numpy as np


def poly_features(X, p):
    """X_poly[:, j-1] = X ** j for j = 1..p."""
    powers = np.arange(1, p + 1)
    return np.reshape(X, (-1, 1)) ** powers
