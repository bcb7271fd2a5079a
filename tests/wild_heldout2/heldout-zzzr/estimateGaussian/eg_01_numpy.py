import numpy as np


def estimate_gaussian(X):
    """Mean and (maximum-likelihood) variance of every feature of X (m x n).

    Returns two vectors of length n.
    """
    m, n = X.shape
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0)
    return mu, sigma2
