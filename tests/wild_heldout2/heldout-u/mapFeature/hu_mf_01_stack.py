import numpy as np


def map_feature(x1, x2, degree=6):
    """Polynomial features of two inputs up to `degree` (ex2 part 2).

    Accepts scalars, (m,) or (m, 1) arrays; returns (m, 28) for degree 6,
    column order 1, x1, x2, x1^2, x1*x2, x2^2, x1^3, ...
    """
    x1 = np.atleast_1d(x1).ravel()
    x2 = np.atleast_1d(x2).ravel()
    cols = [np.ones(x1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append(x1 ** (i - j) * x2 ** j)
    return np.stack(cols, axis=1)
