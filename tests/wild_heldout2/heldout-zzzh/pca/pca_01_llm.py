import numpy as np


def pca(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Run principal component analysis on the dataset X.

    Args:
        X: Normalized data matrix of shape (m, n).

    Returns:
        U: Principal components (eigenvectors) as columns, shape (n, n).
        S: Diagonal matrix of the eigenvalues, shape (n, n).
    """
    m, n = X.shape
    sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
