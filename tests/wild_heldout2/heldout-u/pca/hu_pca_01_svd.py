import numpy as np
from scipy import linalg


def pca(X):
    """Run PCA on (already normalized) X.
    Returns U (eigenvectors in columns) and S (diagonal matrix of eigenvalues),
    like [U, S] = svd(Sigma) in octave."""
    m = X.shape[0]
    Sigma = X.T.dot(X) / m
    U, s, Vt = linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
