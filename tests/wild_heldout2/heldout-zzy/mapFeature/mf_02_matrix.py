import numpy as np

degree = 6


def map_feature(x1, x2):
    x1 = np.matrix(x1).reshape(-1, 1)
    x2 = np.matrix(x2).reshape(-1, 1)
    out = np.matrix(np.ones((x1.shape[0], 1)))
    for i in range(1, degree + 1):
        for j in range(i):
            out = np.hstack((out, np.multiply(np.power(x1, i - j), np.power(x2, j))))
    return out
