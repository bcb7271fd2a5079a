import numpy as np


def project_data(X: np.ndarray, U: np.ndarray, K: int) -> np.ndarray:
    """Project the (normalized) examples X onto the top-K principal components.

    Args:
        X: Data matrix, shape (m, n).
        U: Principal components (eigenvectors as columns), shape (n, n).
        K: Number of dimensions to keep.

    Returns:
        Z: Projected data, shape (m, K).
    """
    U_reduce = U[:, :K]  # MATLAB U(:, 1:K)
    Z = X @ U_reduce
    return Z
