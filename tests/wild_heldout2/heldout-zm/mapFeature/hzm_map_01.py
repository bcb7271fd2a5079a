import numpy as np


def mapFeature(X1, X2):
    """Feature mapping function to polynomial features.

    Returns [1, X1, X2, X1^2, X1*X2, X2^2, X1^3, ..., X1*X2^5, X2^6] (m x 28).
    X1, X2 must be the same size.
    """
    degree = 6
    X1 = np.asarray(X1, dtype=float).reshape(-1, 1)
    X2 = np.asarray(X2, dtype=float).reshape(-1, 1)
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out = np.hstack((out, (X1 ** (i - j)) * (X2 ** j)))
    return out
