import numpy as np


def estimate_gaussian(X):
    """Estimate mean and variance (divisor m) of every feature of X (m x n).

    Returns mu and sigma2 as 1-D arrays of length n.
    """
    m, n = X.shape
    mu = np.sum(X, axis=0) / m
    sigma2 = np.sum((X - mu) ** 2, axis=0) / m
    return mu, sigma2
