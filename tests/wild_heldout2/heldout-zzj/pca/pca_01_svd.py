import numpy as np


def pca(X):
    """Principal components of the (already normalised) data X.

    Returns U (n x n, eigenvectors in the columns) and S (n x n diagonal).
    """
    m, n = X.shape
    Sigma = (1.0 / m) * X.T.dot(X)
    U, s, _ = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
