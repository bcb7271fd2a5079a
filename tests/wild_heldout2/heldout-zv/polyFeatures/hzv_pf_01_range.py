import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features up to degree p.

    Args:
        X: (m,) or (m, 1) array with one feature.
        p: highest power.

    Returns:
        (m, p) array whose j-th column holds X raised to the j-th power.
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.shape[0], p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
