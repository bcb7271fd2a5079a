import numpy as np


def polyFeatures(X, p):
    x = X.flatten()
    X_poly = np.zeros((x.shape[0], p))
    for i in range(1, p + 1):
        X_poly[:, i - 1] = np.power(x, i)
    return X_poly
