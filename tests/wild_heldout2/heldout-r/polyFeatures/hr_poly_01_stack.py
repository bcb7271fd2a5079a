import numpy as np


def polyFeatures(X, p):
    """Map X (m x 1) into the powers X, X^2, ..., X^p (one per column)."""
    x = np.asarray(X).reshape(-1)
    cols = [x ** power for power in range(1, p + 1)]
    return np.column_stack(cols)
