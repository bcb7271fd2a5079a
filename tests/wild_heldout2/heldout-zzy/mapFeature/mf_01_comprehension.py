import numpy as np


def mapFeature(X1, X2, degree=6):
    """Polynomial features of two inputs up to `degree`, with a leading ones column."""
    X1 = np.atleast_1d(X1).ravel()
    X2 = np.atleast_1d(X2).ravel()
    cols = [np.ones(X1.shape[0])]
    cols += [(X1 ** (i - j)) * (X2 ** j) for i in range(1, degree + 1) for j in range(i + 1)]
    return np.column_stack(cols)
