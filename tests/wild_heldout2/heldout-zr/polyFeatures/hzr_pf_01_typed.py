import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Args:
        X: vector of m values, shape (m,) or (m, 1).
        p: highest power.

    Returns:
        (m, p) matrix whose j-th column holds X to the power j.
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.shape[0], p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
