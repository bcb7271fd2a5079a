"""projectData.m translated to NumPy (ex7, PCA)."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the normalised data X onto the top K principal components.

    Args:
        X: Normalised data, shape (m, n).
        U: Principal components from the SVD of the covariance matrix, shape (n, n).
        K: Number of dimensions to keep.

    Returns:
        Z: Projected data, shape (m, K).
    """
    U_reduce = U[:K, :]          # top-K eigenvectors
    Z = X @ U_reduce.T
    return Z
