import numpy as np


def polyFeatures(X, p):
    # X: m x 1 vector -> m x p matrix, column i is X ** i (i = 1..p)
    X = X.flatten()
    cols = []
    for power in range(1, p + 1):
        cols.append(X ** power)
    X_poly = np.column_stack(cols)
    return X_poly
