import numpy as np


def polyFeatures(X, p):
    # X is (m,1) from ex5data1.mat; powers 1..p, no bias column
    X = np.asarray(X).reshape(-1, 1)
    powers = np.arange(1, p + 1)
    return np.power(X, powers)
