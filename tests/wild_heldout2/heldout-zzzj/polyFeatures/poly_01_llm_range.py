import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Translation of polyFeatures.m: column j of the result holds X raised to
    the j-th power, giving [X, X.^2, ..., X.^p].

    Args:
        X: Feature vector of shape (m,) or (m, 1).
        p: Highest power.

    Returns:
        Array of shape (m, p).
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.shape[0], p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
