import numpy as np
import scipy.linalg as linalg


def pca(X):
    # covariance matrix of the (normalised) features
    Sigma = np.cov(X.T)
    U, S, V = linalg.svd(Sigma)
    return U, np.diag(S)
