import numpy as np


def poly_features(X, p):
    """Map X (m x 1 or m,) to [X, X.^2, ..., X.^p]."""
    x = np.asarray(X).reshape(-1)
    return np.column_stack([x ** k for k in range(1, p + 1)])
