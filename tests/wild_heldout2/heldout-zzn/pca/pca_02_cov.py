import numpy as np


def pca(X):
    """Principal components of X: eigenvectors U and variances S of the covariance matrix."""
    covariance = np.cov(X, rowvar=False)
    U, s, _ = np.linalg.svd(covariance)
    S = np.diag(s)
    return U, S
