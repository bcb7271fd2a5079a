import numpy as np


def pca(X):
    """Run principal component analysis on the dataset X.

    X is assumed to be normalized (featureNormalize) already.
    Returns the eigenvectors U and the eigenvalues (on the diagonal) in S.
    """
    # covariance matrix of the features
    Sigma = np.cov(X.T)

    U, S, V = np.linalg.svd(Sigma)
    return U, np.diag(S)
