import numpy as np


def pca(X):
    """Run PCA on X (assumed already normalised).

    Returns the eigenvectors U and the diagonal matrix S of the
    covariance matrix of X.
    """
    m, n = X.shape

    Sigma = (1.0 / m) * X.T.dot(X)
    U, S, V = np.linalg.svd(Sigma)

    return U, np.diag(S)
