import numpy as np


def map_feature(x1, x2, degree=6):
    """Polynomial features of two inputs up to `degree`, with a leading column of ones."""
    x1 = np.atleast_1d(x1).ravel()
    x2 = np.atleast_1d(x2).ravel()

    out = [np.ones(x1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out.append((x1 ** (i - j)) * (x2 ** j))
    return np.column_stack(out)
