import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Translates MATLAB's ``polyFeatures``: column ``j`` of the result holds
    ``X`` raised to the power ``j``.

    Args:
        X: array of shape (m,) or (m, 1).
        p: highest power.

    Returns:
        X_poly of shape (m, p).
    """
    X = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((X.shape[0], p))
    for j in range(p):
        X_poly[:, j] = X ** j
    return X_poly
