import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the examples onto the top K principal components.

    Args:
        X: (m, n) normalised examples.
        U: (n, n) principal directions from ``pca``.
        K: number of components to keep.

    Returns:
        Z: (m, K) reduced representation.
    """
    U_reduce = U[:K, :].T
    return X @ U_reduce
