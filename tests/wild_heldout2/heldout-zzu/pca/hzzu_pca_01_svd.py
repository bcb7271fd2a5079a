import numpy as np


def pca(X):
    """Run PCA on the (already normalised) data X.

    Returns U (principal directions as columns) and S (diagonal matrix of
    variances), like Octave's [U, S] = svd(Sigma).
    """
    m, n = X.shape
    Sigma = (1.0 / m) * X.T.dot(X)
    U, s, Vt = np.linalg.svd(Sigma)
    return U, np.diag(s)
