import numpy as np


def polyFeatures(X, p):
    # column i is X .^ i, i = 1..p
    return np.power(X.reshape(-1, 1), np.arange(1, p + 1))
