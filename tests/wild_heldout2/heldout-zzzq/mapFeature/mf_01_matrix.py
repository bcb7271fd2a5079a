import numpy as np


def mapFeature(X1, X2):
    X1 = np.matrix(np.asarray(X1).reshape(-1, 1))
    X2 = np.matrix(np.asarray(X2).reshape(-1, 1))
    degree = 6
    out = np.matrix(np.ones((X1.shape[0], 1)))

    for i in range(1, degree + 1):
        for j in range(i):
            out = np.hstack((out, np.multiply(np.power(X1, i - j), np.power(X2, j))))

    return out
