import numpy as np
from numpy.linalg import svd


def pca(X):
    m = len(X)
    # covariance matrix
    Sigma = np.dot(X, X.T) / m
    U, S, V = svd(Sigma)
    return U, S
