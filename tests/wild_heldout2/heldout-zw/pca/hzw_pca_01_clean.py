import numpy as np


def pca(X: np.ndarray):
    """Principal component analysis of the (already normalised) data X.

    Returns
    -------
    U : (n, n) principal directions, one per column.
    S : (n, n) diagonal matrix of the variances, largest first.
    """
    m = X.shape[0]
    Sigma = (X.T @ X) / m
    U, s, _ = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
