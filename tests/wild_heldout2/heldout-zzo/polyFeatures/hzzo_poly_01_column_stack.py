import numpy as np


def polyFeatures(X, p):
    x = np.ravel(X)
    return np.column_stack([x ** i for i in range(1, p + 1)])
