"""Principal component analysis (port of ex7 pca.m)."""
from typing import Tuple

import numpy as np


def pca(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Run PCA on the (already normalised) data set ``X``.

    Args:
        X: (m, n) data matrix, one example per row, features with zero mean.

    Returns:
        U: (n, n) matrix whose columns are the principal components.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m, n = X.shape
    Sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
