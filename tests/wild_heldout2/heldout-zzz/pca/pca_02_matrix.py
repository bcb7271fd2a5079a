import numpy as np


def pca(X):
    """Run PCA on the normalised data X; returns U and the diagonal S."""
    X = np.matrix(X)
    m = X.shape[0]
    Sigma = (X.T * X) / m
    U, s, V = np.linalg.svd(Sigma)
    return np.asarray(U), np.diag(s)
