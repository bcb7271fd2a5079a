import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map X (m x 1) to polynomial features of degree 1..p.

    Returns an (m, p) array whose column j holds X raised to the power j.
    """
    x = np.asarray(X, dtype=float).ravel()
    X_poly = np.zeros((x.size, p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
