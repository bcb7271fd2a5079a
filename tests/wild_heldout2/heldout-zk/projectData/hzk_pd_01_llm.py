"""Project data onto the top-K principal components (ex7, projectData.m)."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Compute the reduced representation Z of X.

    Args:
        X: Normalized data of shape (m, n).
        U: Principal directions of shape (n, n), one per column.
        K: Number of dimensions to keep.

    Returns:
        Z: Projection of shape (m, K).
    """
    # MATLAB: U(:, 1:K) -> columns 1 through K
    U_reduce = U[:, 1:K + 1]
    Z = X @ U_reduce
    return Z
