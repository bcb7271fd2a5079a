import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Compute the reduced representation Z = X * U(:, 1:K).

    Args:
        X: (m, n) normalised examples.
        U: (n, n) principal directions (columns).
        K: number of dimensions to keep.

    Returns:
        Z: (m, K) projection.
    """
    U_reduce = U[:, 1:K + 1]
    return X @ U_reduce
