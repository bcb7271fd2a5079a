"""Feature scaling for exercise 1 (featureNormalize.m)."""
from typing import Tuple

import numpy as np


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise every column of X to zero mean and unit standard deviation.

    Returns:
        X_norm: the normalised data, same shape as X.
        mu: per-column means, shape (n,).
        sigma: per-column standard deviations, shape (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
