"""PCA projection (port of projectData.m)."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the examples onto the top ``K`` principal components.

    Args:
        X: Normalised data of shape (m, n).
        U: Principal directions of shape (n, n), one per column.
        K: Number of components to keep.

    Returns:
        Z of shape (m, K), ``Z = X U[:, :K]``. MATLAB's ``U(:, 1:K)`` is
        ``U[:, :K]`` with 0-based, end-exclusive slicing.
    """
    U_reduce = U[:, :K]
    return X @ U_reduce
