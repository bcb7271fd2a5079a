"""Principal component analysis (ex7)."""
from typing import Tuple

import numpy as np


def pca(X: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Compute the principal components of a mean-normalised data set.

    Args:
        X: Data of shape (m, n), each feature already normalised to mean 0.

    Returns:
        U: (n, n) matrix whose columns are the principal directions.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    # Sigma is symmetric positive semi-definite, so its eigendecomposition
    # coincides with its SVD; eigh is faster and numerically stable here.
    eigenvalues, eigenvectors = np.linalg.eigh(sigma)
    return eigenvectors, np.diag(eigenvalues)
