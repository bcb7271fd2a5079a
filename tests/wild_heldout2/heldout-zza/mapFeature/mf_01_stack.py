import numpy as np


def mapFeature(X1, X2, degree=6):
    """Map two features to all polynomial terms up to `degree`.

    Returns [1, X1, X2, X1^2, X1*X2, X2^2, X1^3, ..., X2^6] (28 columns for degree 6).
    """
    X1 = np.asarray(X1, dtype=float).reshape(-1)
    X2 = np.asarray(X2, dtype=float).reshape(-1)

    cols = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(cols, axis=1)
