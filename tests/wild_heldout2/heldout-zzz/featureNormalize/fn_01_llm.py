"""Feature normalisation (ex1), ported from featureNormalize.m."""
from typing import Tuple

import numpy as np


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scale each column of X to zero mean and unit standard deviation.

    Returns X_norm, mu (1 x n) and sigma (1 x n).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0, keepdims=True)
    sigma = np.std(X, axis=0, keepdims=True)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
