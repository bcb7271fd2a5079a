import numpy as np


def map_feature(X1, X2, degree=6):
    """Polynomial features of two inputs up to `degree`, with a leading 1 column.

    Columns: 1, x1, x2, x1^2, x1*x2, x2^2, x1^3, ... , x2^6  (28 for degree 6)
    """
    X1 = np.asarray(X1, dtype=float).reshape(-1)
    X2 = np.asarray(X2, dtype=float).reshape(-1)
    ncols = (degree + 1) * (degree + 2) // 2
    out = np.ones((X1.size, ncols))
    c = 1
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out[:, c] = X1 ** (i - j) * X2 ** j
            c += 1
    return out
