"""Principal component analysis (port of ex7 pca.m)."""
import numpy as np


def pca(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Run PCA on a mean-normalised data set.

    Args:
        X: Data of shape (m, n), each feature already normalised to zero mean.

    Returns:
        U: (n, n) matrix whose columns are the principal directions.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    return U, np.diag(s)
