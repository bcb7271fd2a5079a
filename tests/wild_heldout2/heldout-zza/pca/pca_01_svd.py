"""PCA for exercise 7 (port of pca.m)."""
from typing import Tuple

import numpy as np


def pca(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Principal components of the (already normalised) data set X.

    Args:
        X: (m, n) data, features with zero mean.

    Returns:
        U: (n, n) principal directions in its columns.
        S: (n, n) diagonal matrix of the corresponding variances, largest first.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
