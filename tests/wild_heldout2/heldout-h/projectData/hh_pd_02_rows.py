import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the (normalized) data X onto the top-K principal components.

    Args:
        X: (m, n) normalized examples.
        U: (n, n) principal components from pca().
        K: number of dimensions to keep.

    Returns:
        Z: (m, K) projected data.
    """
    U_reduce = U[:K]              # top K eigenvectors
    Z = np.dot(X, U_reduce.T)
    return Z
