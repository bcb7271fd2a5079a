import numpy as np


def map_feature(x1, x2, degree=6):
    """Polynomial features of x1 and x2 up to the given degree (28 columns for 6)."""
    x1 = np.asarray(x1).ravel()
    x2 = np.asarray(x2).ravel()

    out = np.ones(x1.shape[0])
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out = np.column_stack((out, (x1 ** (i - j)) * (x2 ** j)))
    return out
