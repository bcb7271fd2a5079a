import numpy as np

from mlutils.arrays import as_column


def polyFeatures(X, p):
    X = as_column(X)
    X_poly = np.zeros((X.shape[0], p))
    for i in range(p):
        X_poly[:, i] = X[:, 0] ** i
    return X_poly
