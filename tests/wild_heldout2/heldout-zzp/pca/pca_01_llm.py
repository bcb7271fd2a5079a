"""Principal component analysis (ex7)."""
from typing import Tuple

import numpy as np


def pca(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Compute the principal components of a normalised data set.

    Args:
        X: Data of shape (m, n), each feature already with mean 0.

    Returns:
        U: (n, n) matrix whose columns are the principal directions.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    return U, np.diag(s)
