"""Principal component analysis (ex7), ported from pca.m."""
import numpy as np


def pca(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Compute the principal components of X.

    Args:
        X: (m, n) data matrix, already normalised to zero mean.

    Returns:
        U: (n, n) matrix whose columns are the principal directions.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
