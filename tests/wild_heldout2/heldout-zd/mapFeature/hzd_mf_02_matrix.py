import numpy as np


def mapFeature(X1, X2):
    X1 = np.matrix(X1).reshape(-1, 1)
    X2 = np.matrix(X2).reshape(-1, 1)
    degree = 6
    out = np.ones((X1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(0, i + 1):
            out = np.hstack((out, np.multiply(np.power(X1, j), np.power(X2, i - j))))
    return np.asarray(out)
