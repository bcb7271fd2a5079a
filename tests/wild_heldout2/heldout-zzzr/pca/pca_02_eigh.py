import numpy as np


def pca(X):
    """Principal components of X: the eigenvectors of its covariance matrix
    (columns of U) and the variances along them (diagonal of S)."""
    Sigma = np.cov(X, rowvar=False)
    eigvals, U = np.linalg.eigh(Sigma)
    S = np.diag(eigvals)
    return U, S
