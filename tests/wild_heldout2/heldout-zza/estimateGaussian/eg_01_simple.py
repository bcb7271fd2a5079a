import numpy as np


def estimate_gaussian(X):
    """Estimate the mean and the (maximum-likelihood) variance of every feature.

    X : (m, n) data set, one example per row.
    Returns mu (n,) and sigma2 (n,).
    """
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0)   # numpy divides by m (ddof=0), as the exercise wants
    return mu, sigma2
