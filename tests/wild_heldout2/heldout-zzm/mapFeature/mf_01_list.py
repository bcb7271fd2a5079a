import numpy as np


def map_feature(X1, X2, degree=6):
    """Polynomial features of X1 and X2 up to `degree`:
    1, x1, x2, x1^2, x1*x2, x2^2, x1^3, ..., x1*x2^5, x2^6  (28 columns for degree 6).
    """
    X1 = np.asarray(X1, dtype=float).ravel()
    X2 = np.asarray(X2, dtype=float).ravel()

    cols = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(cols, axis=1)
