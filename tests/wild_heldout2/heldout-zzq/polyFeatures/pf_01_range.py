import numpy as np


def polyFeatures(X, p):
    # X_poly(:, i) = X.^i
    X_poly = np.zeros((X.shape[0], p))
    for i in range(p):
        X_poly[:, i] = X.ravel() ** i
    return X_poly
