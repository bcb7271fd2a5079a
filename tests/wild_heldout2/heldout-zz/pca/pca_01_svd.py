import numpy as np
from numpy.linalg import svd


def pca(X):
    """Run PCA on the (already normalised) dataset X.

    Returns U, the eigenvectors of the covariance matrix (one per column),
    and S, the diagonal matrix of its eigenvalues.
    """
    m, n = X.shape

    Sigma = (1.0 / m) * X.T.dot(X)
    U, S, Vt = svd(Sigma)

    return U, np.diag(S)
