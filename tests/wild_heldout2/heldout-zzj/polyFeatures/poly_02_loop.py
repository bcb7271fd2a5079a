import numpy as np


def poly_features(X, p):
    X = X.ravel()
    X_poly = np.zeros((X.shape[0], p))
    for i in range(p):
        X_poly[:, i] = X ** i
    return X_poly
