import numpy as np
from typing import Tuple


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize the features in X.

    Returns a normalized version of X where the mean value of each feature
    is 0 and the standard deviation is 1. This is often a good preprocessing
    step to do when working with learning algorithms.

    Args:
        X: Feature matrix of shape (m, n).

    Returns:
        X_norm: Normalized features, shape (m, n).
        mu: Mean of each feature, shape (n,).
        sigma: Standard deviation of each feature, shape (n,).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
