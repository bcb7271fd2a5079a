import numpy as np


def mapFeature(X1, X2, degree=6):
    '''Maps the two input features to polynomial features up to `degree`.

    Returns [1, X1, X2, X1**2, X1*X2, X2**2, ...] as an (m, 28) array.
    '''
    X1 = np.asarray(X1).reshape(-1)
    X2 = np.asarray(X2).reshape(-1)
    cols = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append(X1 ** (i - j) * X2 ** j)
    return np.column_stack(cols)
