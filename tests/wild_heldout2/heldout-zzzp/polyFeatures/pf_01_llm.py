import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to its polynomial powers.

    Translated from polyFeatures.m: returns an (m, p) matrix whose j-th
    column contains X raised to the j-th power.

    Args:
        X: Input feature, shape (m,) or (m, 1).
        p: Highest polynomial degree.

    Returns:
        X_poly: Array of shape (m, p).
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.size, p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
