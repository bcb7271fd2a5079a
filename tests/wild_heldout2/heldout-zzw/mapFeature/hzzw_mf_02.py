import numpy as np


def map_feature(x1, x2, degree=6):
    """Map two features to all polynomial terms up to `degree`.

    Column order follows the course: 1, x1, x2, x1^2, x1*x2, x2^2, x1^3, ...
    Accepts scalars, (m,) or (m, 1) arrays and returns an (m, 28) array for
    the default degree.
    """
    x1 = np.ravel(x1).astype(float)
    x2 = np.ravel(x2).astype(float)
    cols = [np.ones_like(x1)]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append(x1 ** (i - j) * x2 ** j)
    return np.column_stack(cols)
