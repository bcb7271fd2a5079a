import numpy as np


def map_feature(X1, X2, degree=6):
    """Map two features to all polynomial terms up to `degree`.

    Returns [1, x1, x2, x1^2, x1*x2, x2^2, x1^3, ..., x2^6], one row per example.
    """
    X1 = np.asarray(X1, dtype=float).reshape(-1)
    X2 = np.asarray(X2, dtype=float).reshape(-1)

    out = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out.append((X1 ** (i - j)) * (X2 ** j))
    return np.column_stack(out)
