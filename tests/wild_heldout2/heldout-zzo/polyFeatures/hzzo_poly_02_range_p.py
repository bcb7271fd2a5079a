"""Polynomial feature mapping for ex5."""
import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map an (m, 1) feature vector to an (m, p) matrix of its powers.

    Args:
        X: column vector of shape (m, 1).
        p: highest power.

    Returns:
        X_poly of shape (m, p) where column j holds X ** j.
    """
    X = X.reshape(-1, 1)
    X_poly = np.zeros((X.shape[0], p))
    for j in range(p):
        X_poly[:, j] = X[:, 0] ** j
    return X_poly
