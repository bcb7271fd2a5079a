import numpy as np
from typing import Tuple


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize each feature (column) of X to zero mean and unit standard deviation.

    Args:
        X: Array of shape (m, n) with one example per row.

    Returns:
        X_norm: The normalized array, shape (m, n).
        mu: Per-feature mean, shape (n,).
        sigma: Per-feature standard deviation, shape (n,).
    """
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    sigma = X.std(axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
