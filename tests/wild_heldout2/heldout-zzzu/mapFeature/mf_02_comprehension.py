import numpy as np


def map_feature(x1, x2, degree=6):
    """Polynomial features of x1, x2 up to `degree`, with a leading ones column.

    Returns an (m, 28) array for degree 6.
    """
    x1 = np.asarray(x1).ravel()
    x2 = np.asarray(x2).ravel()
    out = np.array([x1 ** j * x2 ** (i - j)
                    for i in range(degree + 1)
                    for j in range(i + 1)])
    return out.T
