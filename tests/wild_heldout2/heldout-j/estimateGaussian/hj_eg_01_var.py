import numpy as np


def estimateGaussian(X):
    """Estimate the parameters of an independent Gaussian for every feature.

    Returns mu (n,) and sigma2 (n,), the per-feature mean and variance.
    """
    m, n = X.shape
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0, ddof=1)
    return mu, sigma2
