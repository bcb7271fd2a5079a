"""Feature normalisation (ex1), translated from featureNormalize.m."""
from typing import Tuple

import numpy as np


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise each column of X to zero mean and unit standard deviation.

    Args:
        X: (m, n) matrix of features.

    Returns:
        X_norm: the normalised features, (m, n).
        mu: column means, (n,).
        sigma: column standard deviations, (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
