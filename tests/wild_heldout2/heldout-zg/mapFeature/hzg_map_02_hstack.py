import numpy as np


def map_feature(x1, x2):
    degree = 6
    x1 = x1.reshape(-1, 1)
    x2 = x2.reshape(-1, 1)
    out = np.ones((x1.shape[0], 1))
    for i in range(1, degree + 1):
        for j in range(0, i + 1):
            term = np.power(x1, j) * np.power(x2, i - j)
            out = np.hstack((out, term))
    return out
