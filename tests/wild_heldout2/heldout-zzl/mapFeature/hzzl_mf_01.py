import numpy as np

DEGREE = 6


def map_feature(X1, X2):
    X1 = np.asarray(X1).ravel()
    X2 = np.asarray(X2).ravel()
    out = np.ones((X1.shape[0], 1))
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            out = np.column_stack((out, (X1 ** (i - j)) * (X2 ** j)))
    return out
