"""Principal component analysis (ex7)."""
import numpy as np


def pca(X: np.ndarray):
    """Return U, S of the SVD of the covariance matrix X' X / m.

    X must already be normalised. U holds the principal directions as
    columns, S is the diagonal matrix of their variances (n x n).
    """
    m = X.shape[0]
    Sigma = X.T @ X / m
    U, s, _ = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
