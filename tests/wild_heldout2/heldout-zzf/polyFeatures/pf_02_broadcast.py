import numpy as np


def poly_features(X, p):
    """Map X (m,) or (m, 1) to [X, X**2, ..., X**p], shape (m, p)."""
    X = np.asarray(X, dtype=float).reshape(-1, 1)
    return X ** np.arange(1, p + 1)
