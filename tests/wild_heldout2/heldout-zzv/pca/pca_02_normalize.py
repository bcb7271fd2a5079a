import numpy as np
from numpy.linalg import svd


def featureNormalize(X):
    mu = X.mean(axis=0)
    sigma = X.std(axis=0)
    return (X - mu) / sigma, mu, sigma


def pca(X):
    X_norm, mu, sigma = featureNormalize(X)
    m, n = X_norm.shape
    Sigma = (1.0 / m) * X_norm.T.dot(X_norm)
    U, S, V = svd(Sigma)
    return U, np.diag(S)
