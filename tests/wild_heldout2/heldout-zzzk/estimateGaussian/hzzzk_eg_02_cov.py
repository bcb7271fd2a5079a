import numpy as np


def estimate_gaussian(X: np.ndarray):
    """Estimate the parameters of an axis-aligned Gaussian.

    Args:
        X: (m, n) data matrix, one example per row.

    Returns:
        mu: (n,) mean of every feature.
        sigma2: (n,) variance of every feature.
    """
    mu = np.mean(X, axis=0)
    # variances are the diagonal of the feature covariance matrix
    sigma2 = np.diag(np.cov(X, rowvar=False))
    return mu, sigma2
