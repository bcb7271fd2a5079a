import numpy as np


def poly_features(X, p):
    """Map X (m x 1) to [X, X^2, ..., X^p] (m x p)."""
    return np.power(X.reshape(-1, 1), np.arange(1, p + 1))
