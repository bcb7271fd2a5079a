import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to its first ``p`` powers.

    Equivalent to MATLAB's ``polyFeatures``: column ``j`` of the output holds
    ``X ** j``.

    Args:
        X: Feature vector of shape (m,) or (m, 1).
        p: Highest power.

    Returns:
        Array of shape (m, p) with the polynomial features.
    """
    X = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((X.shape[0], p))
    for j in range(p):
        X_poly[:, j] = X ** j
    return X_poly
