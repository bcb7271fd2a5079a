"""Closed-form solution of linear regression (port of normalEqn.m)."""
import numpy as np


def normal_eqn(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return theta = pinv(X^T X) X^T y.

    The pseudo-inverse is used (as in the Octave original) so that a singular
    X^T X still yields the minimum-norm solution.

    Args:
        X: (m, n) design matrix, first column all ones.
        y: (m,) or (m, 1) targets.

    Returns:
        theta with the same trailing shape as y ((n,) or (n, 1)).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    return np.linalg.pinv(X.T @ X) @ X.T @ y
