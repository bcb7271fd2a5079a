import numpy as np


def pca(X):
    m, n = X.shape

    # make sure the data is centred
    mu = np.mean(X, axis=0)
    X_c = X - mu

    # covariance matrix
    X_c = np.matrix(X_c)
    cov = (X_c.T * X_c) / (m - 1)

    U, S, V = np.linalg.svd(cov)
    return U.A, np.diag(S)
