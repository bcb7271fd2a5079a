import numpy as np


def recover_data(Z: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the reduced representation Z back onto the original space.

    Args:
        Z: (m, K) projected data.
        U: (n, n) principal components from pca().
        K: number of components kept.

    Returns:
        (m, n) approximate reconstruction of the data.
    """
    U_reduce = U[:K, :]
    X_rec = Z @ U_reduce
    return X_rec
