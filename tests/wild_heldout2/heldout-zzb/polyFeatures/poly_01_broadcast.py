import numpy as np


def polyFeatures(X, p):
    """Map a single feature X (m x 1) to [X, X.^2, ..., X.^p]."""
    return np.power(X.reshape(-1, 1), np.arange(1, p + 1))
