import numpy as np


def recoverData(Z: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Map the projection Z (m x K) back to the original n-dimensional space.

    MATLAB: X_rec = Z * U(:, 1:K)';
    """
    U_reduce = U[:, 1:K + 1]  # MATLAB columns 1..K
    X_rec = Z @ U_reduce.T
    return X_rec
