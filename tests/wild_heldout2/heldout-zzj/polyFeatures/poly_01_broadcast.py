import numpy as np


def polyFeatures(X, p):
    """Map X (m x 1) to [X, X^2, ..., X^p] (m x p)."""
    X = np.asarray(X, dtype=float).reshape(-1, 1)
    return X ** np.arange(1, p + 1)
