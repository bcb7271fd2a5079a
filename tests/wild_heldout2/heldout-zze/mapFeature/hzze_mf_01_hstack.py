import numpy as np

DEGREE = 6


def mapFeature(X1, X2):
    """Maps the two input features to all polynomial terms up to DEGREE.

    Returns [1, X1, X2, X1^2, X1*X2, X2^2, X1^3, ..., X1*X2^5, X2^6].
    """
    X1 = np.asarray(X1, dtype=float).ravel()
    X2 = np.asarray(X2, dtype=float).ravel()

    out = np.ones((X1.shape[0], 1))
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            term = (X1 ** (i - j)) * (X2 ** j)
            out = np.hstack((out, term.reshape(-1, 1)))
    return out
