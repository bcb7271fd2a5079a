import numpy as np
from numpy.linalg import svd


def pca(X):
    """Run PCA on the (already normalised) data set X.

    Returns the eigenvectors U and the eigenvalues on the diagonal of S,
    like the Octave [U, S] = svd(Sigma).
    """
    m, n = X.shape
    Sigma = (1.0 / m) * X.T.dot(X)
    U, s, Vt = svd(Sigma)
    S = np.diag(s)
    return U, S
