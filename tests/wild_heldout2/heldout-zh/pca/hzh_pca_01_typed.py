"""PCA helpers translated from ex7 (pca.m)."""
from typing import Tuple

import numpy as np


def pca(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Run principal component analysis on the (normalised) data set X.

    Args:
        X: Array of shape (m, n), one example per row, with zero-mean features.

    Returns:
        U: (n, n) matrix whose columns are the principal components.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    return U, np.diag(s)
