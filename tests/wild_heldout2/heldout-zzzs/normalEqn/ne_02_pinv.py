"""Closed-form solution of linear regression (port of normalEqn.m)."""
import numpy as np


def normalEqn(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Solve X' X theta = X' y with the pseudo-inverse.

    Uses ``np.linalg.pinv`` like Octave's ``pinv`` so that a singular
    ``X.T @ X`` still returns the minimum-norm solution.

    Args:
        X: design matrix of shape (m, n), first column all ones.
        y: targets, shape (m,) or (m, 1).

    Returns:
        theta with the same trailing shape as ``y`` ((n,) or (n, 1)).
    """
    return np.linalg.pinv(X.T @ X) @ X.T @ y
