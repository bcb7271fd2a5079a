import numpy as np


def pca(X):
    """Run PCA on the (already normalized) data X.

    Returns the eigenvectors U and the eigenvalues on the diagonal of S,
    like [U, S] = pca(X) in octave.
    """
    X = np.matrix(X)
    m = X.shape[0]
    Sigma = (X.T * X) / m
    U, S, V = np.linalg.svd(Sigma)
    return np.asarray(U), np.diag(S)
