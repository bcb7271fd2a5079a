"""
.. module:: pca
    :synopsis: Principal Component Analysis (ex7).
"""
from numpy.linalg import svd
from numpy import diag


def pca(X):
    """Run PCA on the (already normalised) data set X.

    :param X: data, one example per row
    :type X: numpy.ndarray
    :returns: U (eigenvectors of the covariance matrix, as columns) and
        S (eigenvalues on the diagonal)
    """
    m, n = X.shape
    Sigma = (1 / m) * X.T.dot(X)
    U, S, V = svd(Sigma)
    S = diag(S)
    return U, S
