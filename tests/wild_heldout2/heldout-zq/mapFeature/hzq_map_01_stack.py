import numpy as np


def mapFeature(X1, X2, degree=6):
    X1 = np.asarray(X1).ravel()
    X2 = np.asarray(X2).ravel()
    cols = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            cols.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(cols, axis=1)
