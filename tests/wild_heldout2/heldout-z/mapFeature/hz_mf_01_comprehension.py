import numpy as np

DEGREE = 6


def map_feature(x1, x2):
    x1 = np.asarray(x1).ravel()
    x2 = np.asarray(x2).ravel()
    cols = [np.ones(x1.shape[0])]
    for total in range(1, DEGREE + 1):
        for p in range(total + 1):
            cols.append(x1 ** p * x2 ** (total - p))
    return np.stack(cols, axis=1)
