import numpy as np


def pca(X):
    # covariance matrix of the features
    Sigma = np.cov(X, rowvar=False)
    U, S, V = np.linalg.svd(Sigma)
    return U, np.diag(S)
