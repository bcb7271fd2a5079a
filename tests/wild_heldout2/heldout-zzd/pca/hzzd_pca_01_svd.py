import numpy as np


def pca(X):
    """Principal components of the (normalised) data X.

    Returns U (n x n, principal directions in the columns) and S (n x n
    diagonal matrix of the variances), like Octave's [U, S] = svd(Sigma).
    """
    m, n = X.shape
    Sigma = (1.0 / m) * X.T.dot(X)
    U, s, Vt = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
