import numpy as np


def pca(X: np.ndarray):
    """
    Principal component analysis of a mean-normalised data set.

    Args:
        X: array of shape (m, n), one example per row.

    Returns:
        U: (n, n) principal directions as columns.
        S: (n, n) diagonal matrix of the variances along those directions.
    """
    # Covariance matrix of the features (columns are variables)
    sigma = np.cov(X, rowvar=False)

    # Singular value decomposition of the covariance matrix
    U, s, _ = np.linalg.svd(sigma)
    S = np.diag(s)
    return U, S
