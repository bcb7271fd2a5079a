"""Port of polyFeatures.m from ex5 (regularized linear regression / bias-variance)."""
import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map X (m x 1) into the powers of X up to degree p.

    Args:
        X: Column vector of shape (m, 1) (a 1-D array is accepted too).
        p: Highest power to compute.

    Returns:
        X_poly: Array of shape (m, p) where column j holds X ** j.
    """
    X = np.asarray(X, dtype=float).reshape(-1, 1)
    X_poly = np.hstack([X ** j for j in range(p)])
    return X_poly
