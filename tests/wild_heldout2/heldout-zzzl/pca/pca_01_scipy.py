"""Principal component analysis (port of ex7/pca.m)."""
import numpy as np
from scipy import linalg


def pca(X: np.ndarray):
    """Return the eigenvectors U and the diagonal matrix of variances S of
    the covariance matrix of the (already normalised) data X.
    """
    m, n = X.shape
    Sigma = X.T @ X / m
    U, s, _ = linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
