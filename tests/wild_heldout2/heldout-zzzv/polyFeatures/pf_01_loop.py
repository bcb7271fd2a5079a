import numpy as np


def polyFeatures(X, p):
    X = X.flatten()
    m = X.shape[0]
    X_poly = np.zeros((m, p))

    for i in range(p):
        X_poly[:, i] = X ** (i + 1)

    return X_poly
