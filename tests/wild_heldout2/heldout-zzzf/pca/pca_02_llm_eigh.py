"""PCA via the covariance matrix (port of pca.m)."""
import numpy as np


def pca(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Run principal component analysis on the dataset X.

    Args:
        X: (m, n) data, assumed already normalised to zero mean.

    Returns:
        U: (n, n) matrix whose columns are the principal components.
        S: (n, n) diagonal matrix of the corresponding variances.
    """
    m = X.shape[0]
    sigma = (X.T @ X) / m
    # Sigma is symmetric positive semi-definite, so its SVD coincides with its
    # eigendecomposition; eigh is faster and numerically stable for this case.
    eigvals, eigvecs = np.linalg.eigh(sigma)
    U = eigvecs
    S = np.diag(eigvals)
    return U, S
