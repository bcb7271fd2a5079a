import numpy as np


def pca(X):
    """
    Run principal component analysis on the dataset X.
    Returns the eigenvectors U and the eigenvalues (on the diagonal) in S.
    """
    m, n = X.shape
    Sigma = (1.0 / m) * X.T.dot(X)
    U, s, Vt = np.linalg.svd(Sigma)
    S = np.diag(s)
    return U, S
