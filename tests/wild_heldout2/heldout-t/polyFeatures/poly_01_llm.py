import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to polynomial features.

    Args:
        X: values of shape (m,) or (m, 1).
        p: highest power.

    Returns:
        Array of shape (m, p) whose column j holds X ** (j + 1).
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.size, p))
    for j in range(p):
        X_poly[:, j] = x ** j
    return X_poly
