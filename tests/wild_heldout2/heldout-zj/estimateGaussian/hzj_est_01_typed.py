"""Parameter estimation for the anomaly-detection exercise (ex8)."""
import numpy as np


def estimate_gaussian(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Estimate the mean and variance of every feature.

    Args:
        X: Data matrix of shape (m, n), one example per row.

    Returns:
        mu: Feature means, shape (n,).
        sigma2: Maximum-likelihood variances (divisor m), shape (n,).
    """
    m = X.shape[0]
    mu = X.sum(axis=0) / m
    sigma2 = ((X - mu) ** 2).sum(axis=0) / m
    return mu, sigma2
