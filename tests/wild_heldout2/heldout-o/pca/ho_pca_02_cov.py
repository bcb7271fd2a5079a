import numpy as np
from scipy import linalg


def pca(X):
    # covariance matrix of the features (columns)
    Sigma = np.cov(X, rowvar=False)
    U, S, V = linalg.svd(Sigma)
    S = linalg.diagsvd(S, len(S), len(S))
    return U, S
