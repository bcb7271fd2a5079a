import numpy as np


def pca(X):
    # covariance matrix of the features
    Sigma = np.cov(X.T)
    eigvals, eigvecs = np.linalg.eigh(Sigma)
    U = eigvecs
    S = np.diag(eigvals)
    return U, S
