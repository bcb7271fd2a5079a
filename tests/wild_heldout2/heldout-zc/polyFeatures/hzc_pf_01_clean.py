"""Polynomial feature mapping for regularized linear regression (ex5)."""
import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to its powers 1..p.

    Args:
        X: Feature values, shape (m,) or (m, 1).
        p: Highest power to include.

    Returns:
        Array of shape (m, p) whose column j holds X ** (j + 1).
    """
    x = np.asarray(X, dtype=float).reshape(-1)
    X_poly = np.zeros((x.size, p))
    for j in range(1, p + 1):
        X_poly[:, j - 1] = x ** j
    return X_poly
