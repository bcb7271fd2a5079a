import numpy as np


def mapFeature(X1, X2, degree=6):
    """Map two features to all polynomial terms up to `degree`.

    Returns [1, x1, x2, x1^2, x1*x2, x2^2, x1^3, ...] as an (m, 28) array.
    """
    X1 = np.asarray(X1, dtype=float).ravel()
    X2 = np.asarray(X2, dtype=float).ravel()
    cols = [np.ones(X1.shape[0])]
    cols += [X1 ** (i - j) * X2 ** j for i in range(1, degree + 1) for j in range(i + 1)]
    return np.column_stack(cols)
