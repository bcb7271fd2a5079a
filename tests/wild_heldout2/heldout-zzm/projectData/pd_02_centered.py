"""PCA projection step (ex7)."""
import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the examples onto the first K principal directions.

    Args:
        X: (m, n) examples.
        U: (n, n) eigenvectors of the covariance matrix, one per column.
        K: number of components to keep.

    Returns:
        (m, K) matrix of projected coordinates.
    """
    # PCA assumes zero-mean data, so centre the features before projecting
    X_centered = X - X.mean(axis=0)
    U_reduce = U[:, :K]
    return X_centered @ U_reduce
