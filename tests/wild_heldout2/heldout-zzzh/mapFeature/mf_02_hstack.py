import numpy as np


def mapFeature(X1, X2):
    degree = 6
    X1 = X1.reshape(-1, 1)
    X2 = X2.reshape(-1, 1)
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(i + 1):
            term = np.power(X2, i - j) * np.power(X1, j)
            out = np.hstack((out, term))
    return out
