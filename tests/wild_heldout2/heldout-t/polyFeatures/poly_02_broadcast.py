import numpy as np


def polyFeatures(X, p):
    # X is (m, 1) from loadmat; raise it to the powers 1..p in one shot
    return np.reshape(X, (-1, 1)) ** np.arange(1, p + 1)
