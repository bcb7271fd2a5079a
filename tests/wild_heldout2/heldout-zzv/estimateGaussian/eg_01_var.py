import numpy as np


def estimateGaussian(X):
    """Mean and (maximum likelihood) variance of each feature of X (m x n)."""
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0)
    return mu, sigma2
