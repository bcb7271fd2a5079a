"""PCA via SVD of the covariance matrix (port of ex7/pca.m)."""
import numpy as np


def pca(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Run principal component analysis on the dataset X.

    Args:
        X: Normalized data of shape (m, n).

    Returns:
        U: Principal directions as columns, shape (n, n).
        S: Diagonal matrix of the variances, shape (n, n).
    """
    # Covariance matrix of the features
    sigma = np.cov(X, rowvar=False)

    # Eigen-decomposition through SVD
    U, s, _ = np.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
