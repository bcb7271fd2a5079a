import numpy as np


def recover_data(Z: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the reduced data Z back onto the original space.

    Args:
        Z: (m, K) projected examples.
        U: (n, n) principal directions, one per column (from pca()).
        K: number of components kept.

    Returns:
        (m, n) approximate reconstruction of the data.
    """
    U_reduce = U[:, :K]
    return Z @ U_reduce.T
