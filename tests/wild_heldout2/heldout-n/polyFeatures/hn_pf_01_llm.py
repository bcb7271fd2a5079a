import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Column j of the result holds X ** j, for j = 1..p.

    Args:
        X: Vector of m examples, shape (m,) or (m, 1).
        p: Highest polynomial degree.

    Returns:
        Array of shape (m, p).
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.size, p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
