import numpy as np
from typing import Tuple


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize each feature (column) of X to zero mean and unit standard deviation.

    Args:
        X: Data matrix of shape (m, n), one example per row.

    Returns:
        X_norm: The normalized data, shape (m, n).
        mu: Per-feature means, shape (n,).
        sigma: Per-feature standard deviations, shape (n,).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
