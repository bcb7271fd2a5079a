import numpy as np


def estimate_gaussian(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Estimate the parameters of an independent Gaussian for every feature.

    Args:
        X: data matrix of shape (m, n), one example per row.

    Returns:
        mu: (n, 1) column vector of feature means.
        sigma2: (n, 1) column vector of feature variances.
    """
    m, n = X.shape
    mu = X.sum(axis=0) / m
    sigma2 = ((X - mu) ** 2).sum(axis=0) / (m - 1)
    return mu.reshape(n, 1), sigma2.reshape(n, 1)
