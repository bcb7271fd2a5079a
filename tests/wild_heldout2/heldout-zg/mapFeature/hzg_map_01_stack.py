import numpy as np


def mapFeature(X1, X2, degree=6):
    """Polynomial features of X1, X2 up to `degree`, with a leading column of ones.

    Column order matches the course: 1, X1, X2, X1^2, X1*X2, X2^2, X1^3, ...
    """
    X1 = np.ravel(X1)
    X2 = np.ravel(X2)
    out = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out.append((X1 ** (i - j)) * (X2 ** j))
    return np.column_stack(out)
