import numpy as np


def recover_data(Z: np.ndarray, U_reduce: np.ndarray) -> np.ndarray:
    """Project the K-dimensional representation Z back onto the original space.

    Args:
        Z: projected data, shape (m, K).
        U_reduce: the first K principal directions, shape (n, K), i.e. U[:, :K].

    Returns:
        Approximate reconstruction of shape (m, n).
    """
    return Z @ U_reduce.T
