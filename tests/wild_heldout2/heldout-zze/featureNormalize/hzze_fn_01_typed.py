from typing import Tuple

import numpy as np


def feature_normalize(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normalise every feature (column) of X to zero mean and unit variance.

    Args:
        X: (m, n) array of features.

    Returns:
        X_norm: the normalised features, shape (m, n).
        mu: per-feature means, shape (n,).
        sigma: per-feature standard deviations, shape (n,).
    """
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma
