import numpy as np


def poly_features(X, p):
    """Map X (m x 1) to [X, X.^2, ..., X.^p]."""
    x = np.asarray(X, dtype=float).ravel()
    return np.column_stack([x ** i for i in range(1, p + 1)])
