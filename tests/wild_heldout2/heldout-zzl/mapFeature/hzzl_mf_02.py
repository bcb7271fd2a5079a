"""Polynomial feature mapping used by ex2_reg."""
import numpy as np


def map_feature(x1: np.ndarray, x2: np.ndarray, degree: int = 6) -> np.ndarray:
    """Map two features to all monomials up to ``degree``.

    Returns an (m, 28) array for the default degree 6: a bias column of ones
    followed by the terms of degree 1, 2, ..., degree.
    """
    x1 = np.asarray(x1, dtype=float).reshape(-1)
    x2 = np.asarray(x2, dtype=float).reshape(-1)

    columns = [np.ones_like(x1)]
    for total in range(1, degree + 1):
        for k in range(total + 1):
            columns.append((x1 ** k) * (x2 ** (total - k)))
    return np.stack(columns, axis=1)
