import numpy as np


def pca(X):
    # X is assumed to be normalized already (featureNormalize)
    X = np.matrix(X)
    m, n = X.shape

    # covariance matrix
    Sigma = (X.T * X) / m

    # singular value decomposition
    U, S, V = np.linalg.svd(Sigma)

    return np.asarray(U), np.diag(S)
