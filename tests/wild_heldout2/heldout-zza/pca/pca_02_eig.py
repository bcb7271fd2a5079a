import numpy as np


def pca(X):
    # make sure the data is centred before computing the covariance matrix
    X = X - X.mean(axis=0)
    m = X.shape[0]

    cov = X.T.dot(X) / m
    eigvals, eigvecs = np.linalg.eig(cov)

    U = eigvecs
    S = np.diag(eigvals)
    return U, S
