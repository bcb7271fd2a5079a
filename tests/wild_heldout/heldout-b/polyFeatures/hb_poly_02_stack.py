import numpy as np


def poly_features(X, p):
    """Map a column vector X (m x 1) to the m x p matrix [X, X^2, ..., X^p]."""
    powers = [X ** (i + 1) for i in range(p)]
    return np.array(powers).reshape(X.shape[0], p)
