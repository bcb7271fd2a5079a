import numpy as np


def polyFeatures(X, p):
    """Maps X (1D vector) into the p-th power.

    X_poly[:, j-1] = X ** j  for j = 1..p
    """
    X = X.reshape(-1)
    X_poly = np.zeros((X.shape[0], p))
    for j in range(1, p + 1):
        X_poly[:, j - 1] = X ** j
    return X_poly
