"""Dimensionality reduction helpers (port of ex7 projectData.m)."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the data onto the top ``K`` principal components.

    Args:
        X: Data matrix of shape (m, n).
        U: Eigenvector matrix of shape (n, n), one principal component per column.
        K: Number of components to keep.

    Returns:
        Z: Projected data of shape (m, K).
    """
    # PCA projections are defined on mean-centred data.
    X_centered = X - np.mean(X, axis=0)
    U_reduce = U[:, :K]
    return X_centered @ U_reduce
