import numpy as np


def estimateGaussian(X):
    """mu and sigma2 (n x 1) of the m x n data matrix X."""
    X = np.matrix(X)
    m, n = X.shape

    mu = X.mean(axis=0).T
    diff = X - mu.T
    sigma2 = np.multiply(diff, diff).sum(axis=0).T / m

    return mu, sigma2
