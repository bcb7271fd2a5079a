import numpy as np


def map_feature(X1, X2, degree=6):
    """Map two features to all polynomial terms up to `degree`.

    Columns: 1, x1, x2, x1^2, x1*x2, x2^2, ..., x2^6 (28 for degree 6).
    Works for scalars (plotting the decision boundary) and vectors.
    """
    X1 = np.atleast_1d(np.asarray(X1, dtype=float)).ravel()
    X2 = np.atleast_1d(np.asarray(X2, dtype=float)).ravel()
    cols = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append(X1 ** (i - j) * X2 ** j)
    return np.column_stack(cols)
