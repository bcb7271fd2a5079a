import numpy as np

DEGREE = 6


def map_feature(x1, x2):
    """Map two features to all polynomial terms up to DEGREE (28 columns for 6)."""
    x1 = np.atleast_1d(x1).ravel()
    x2 = np.atleast_1d(x2).ravel()
    cols = [np.ones(x1.shape[0])]
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            cols.append(x1 ** (i - j) * x2 ** j)
    return np.column_stack(cols)
