import numpy as np
from typing import Tuple


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize the features in X to zero mean and unit standard deviation.

    Mirrors featureNormalize.m from ex1.

    Args:
        X: Data matrix of shape (m, n), one example per row.

    Returns:
        X_norm: The normalized data, shape (m, n).
        mu: Per-feature mean, shape (n,).
        sigma: Per-feature standard deviation, shape (n,).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
