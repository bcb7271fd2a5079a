import numpy as np
from numpy.linalg import svd


def pca(X: np.ndarray):
    """Principal components of X.

    Args:
        X: (m, n) mean-normalised data.

    Returns:
        U: (n, n) eigenvectors of the covariance matrix.
        S: (n, n) diagonal matrix of eigenvalues.
    """
    m = X.shape[0]
    # unbiased covariance estimate
    covariance = X.T @ X / (m - 1)
    U, s, _ = svd(covariance)
    S = np.diag(s)
    return U, S
