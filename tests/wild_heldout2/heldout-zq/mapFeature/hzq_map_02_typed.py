"""Polynomial feature mapping used for regularised logistic regression (ex2)."""
import numpy as np

DEGREE = 6


def map_feature(x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
    """Map two feature columns to all monomials up to ``DEGREE``.

    Returns an array of shape (m, 28): a leading column of ones followed by
    x1**(i-j) * x2**j for i = 1..DEGREE and j = 0..i.
    """
    x1 = np.asarray(x1, dtype=float).reshape(-1, 1)
    x2 = np.asarray(x2, dtype=float).reshape(-1, 1)
    features = [np.ones_like(x1)]
    for i in range(1, DEGREE):
        for j in range(i + 1):
            features.append(x1 ** (i - j) * x2 ** j)
    return np.hstack(features)
