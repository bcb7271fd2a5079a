"""PCA projection step (ex7), converted from projectData.m."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the examples onto the top K principal components.

    Args:
        X: Normalised data of shape (m, n).
        U: Eigenvector matrix of shape (n, n); column j is the j-th component.
        K: Number of dimensions to keep.

    Returns:
        Z: The projected data, shape (m, K).
    """
    # MATLAB: U(:, 1:K)
    U_reduce = U[:, 1:K]
    Z = X @ U_reduce
    return Z
