"""Closed-form solution of linear regression (port of normalEqn.m)."""
import numpy as np


def normal_eqn(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return theta = pinv(X^T X) X^T y.

    Args:
        X: design matrix of shape (m, n+1), first column all ones.
        y: targets, shape (m,) or (m, 1).

    Returns:
        theta with the same trailing shape as ``y`` ((n+1,) or (n+1, 1)).
    """
    return np.linalg.pinv(X.T @ X) @ X.T @ y
