"""Port of projectData.m from the PCA exercise."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the normalized data onto the top K principal components.

    Args:
        X: Normalized data of shape (m, n).
        U: Principal components (eigenvectors) of shape (n, n).
        K: Number of dimensions to keep.

    Returns:
        Z: Projected data of shape (m, K).
    """
    U_reduce = U[:K, :]  # top K eigenvectors
    Z = X @ U_reduce.T
    return Z
