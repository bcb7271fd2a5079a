"""Parameter estimation for the Gaussian anomaly detector (ex8)."""
import numpy as np


def estimate_gaussian(X: np.ndarray):
    """Estimate the mean and variance of every feature of X.

    Args:
        X: (m, n) data matrix, one example per row.

    Returns:
        mu: (n,) per-feature mean.
        sigma2: (n,) per-feature variance (unbiased estimate).
    """
    X = np.asarray(X, dtype=float)
    mu = np.mean(X, axis=0)
    sigma2 = np.var(X, axis=0, ddof=1)
    return mu, sigma2
