"""Polynomial feature mapping for ex5 (port of polyFeatures.m)."""
import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """Map a single feature to its first ``p`` powers.

    Args:
        X: Feature vector of shape (m,) or (m, 1).
        p: Highest power.

    Returns:
        Array of shape (m, p) whose j-th column is X raised to the j-th power.
    """
    X = np.asarray(X, dtype=float).reshape(-1, 1)
    return np.hstack([X ** j for j in range(p)])
