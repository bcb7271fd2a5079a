"""Python translation of featureNormalize.m."""
from typing import Tuple

import numpy as np


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalize the features in X.

    Returns a normalized version of X where the mean value of each feature
    is 0 and the standard deviation is 1.

    Parameters
    ----------
    X : np.ndarray
        Data of shape (m, n), one example per row.

    Returns
    -------
    X_norm : np.ndarray
        Normalized data, shape (m, n).
    mu : np.ndarray
        Mean of each feature, shape (n,).
    sigma : np.ndarray
        Standard deviation of each feature, shape (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
