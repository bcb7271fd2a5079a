import numpy as np


def pca(X):
    # covariance matrix of the features (columns of X)
    sigma = np.cov(X, rowvar=False)
    U, s, Vt = np.linalg.svd(sigma)
    return U, np.diag(s)
