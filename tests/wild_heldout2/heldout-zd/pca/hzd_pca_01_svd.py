import numpy as np


def pca(X: np.ndarray):
    """Principal component analysis of normalised data.

    Args:
        X: (m, n) data, already mean-normalised.

    Returns:
        U: (n, n) principal directions (columns).
        S: (n, n) diagonal matrix with the variances along them.
    """
    m = X.shape[0]
    sigma = X.T @ X / m
    U, s, _ = np.linalg.svd(sigma)
    return U, np.diag(s)
