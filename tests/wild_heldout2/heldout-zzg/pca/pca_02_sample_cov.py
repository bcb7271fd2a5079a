import numpy as np


def pca(X):
    """Principal components of X via the SVD of its covariance matrix."""
    m = X.shape[0]

    X_c = X - np.mean(X, axis=0)
    Sigma = np.dot(X_c.T, X_c) / (m - 1)

    U, s, Vt = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
