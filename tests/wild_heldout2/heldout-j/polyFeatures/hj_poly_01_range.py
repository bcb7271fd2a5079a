import numpy as np


def poly_features(X, p):
    """Map a single feature X (m values) to the powers X**1 ... X**p.

    Returns an (m, p) array; column j holds X raised to the (j+1)-th power.
    """
    X = np.asarray(X).reshape(-1)
    X_poly = np.zeros((X.shape[0], p))
    for i in range(p):
        X_poly[:, i] = X ** i
    return X_poly
