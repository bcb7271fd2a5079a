"""Reconstruct data from its PCA projection (port of recoverData.m)."""
import numpy as np


def recover_data(Z: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Map the projected data back to the original feature space.

    Args:
        Z: projected data of shape (m, K).
        U: principal directions of shape (n, n), one per column.
        K: number of components kept.

    Returns:
        The approximate reconstruction X_rec of shape (m, n).
    """
    # Take the top-K principal directions and project back.
    U_reduce = U[:K, :]
    X_rec = Z @ U_reduce
    return X_rec
