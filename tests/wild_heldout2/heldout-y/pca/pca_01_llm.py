"""Principal component analysis (ex7)."""
from typing import Tuple

import numpy as np


def pca(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Eigenvectors and eigenvalues of the covariance matrix of X.

    X is assumed to be normalised already (zero mean, unit variance).

    Args:
        X: (m, n) data matrix.

    Returns:
        U: (n, n) matrix whose columns are the principal components.
        S: (n, n) diagonal matrix of the corresponding eigenvalues.
    """
    m, _ = X.shape
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
