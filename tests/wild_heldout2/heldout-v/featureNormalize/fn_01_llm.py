"""Feature normalisation for multivariate linear regression (ex1)."""
from typing import Tuple

import numpy as np


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise every column of X to zero mean and unit standard deviation.

    Args:
        X: Data matrix of shape (m, n), one example per row.

    Returns:
        X_norm: The normalised data, shape (m, n).
        mu: Column means, shape (n,).
        sigma: Column standard deviations, shape (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
