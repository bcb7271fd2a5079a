import numpy as np


def pca(X):
    # compute the covariance matrix and its eigenvectors
    m, n = X.shape
    Sigma = 1.0 / m * np.dot(X, X.T)
    U, S, V = np.linalg.svd(Sigma)
    return U, S
