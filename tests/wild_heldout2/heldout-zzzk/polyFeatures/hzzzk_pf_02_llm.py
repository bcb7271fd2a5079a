import numpy as np


def polyFeatures(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Port of polyFeatures.m: column j of the result holds X raised to the
    power j.

    Args:
        X: (m, 1) column of feature values.
        p: highest power.

    Returns:
        X_poly: (m, p) array of powers of X.
    """
    X = X.reshape(-1, 1)
    m = X.shape[0]
    X_poly = np.zeros((m, p))
    for j in range(p):
        X_poly[:, j] = X[:, 0] ** j
    return X_poly
